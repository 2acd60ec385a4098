using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Opschortingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "HersteltermijnOpgaveDagen",
                table: "GemeenteInstellingen_GM0599",
                type: "INTEGER",
                nullable: false,
                defaultValue: 14);

            migrationBuilder.AddColumn<string>(
                name: "Inkomstenverrekening",
                table: "GemeenteInstellingen_GM0599",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "NaOpgave");

            migrationBuilder.AddColumn<int>(
                name: "OpgavetermijnDagen",
                table: "GemeenteInstellingen_GM0599",
                type: "INTEGER",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<int>(
                name: "HersteltermijnOpgaveDagen",
                table: "GemeenteInstellingen_GM0518",
                type: "INTEGER",
                nullable: false,
                defaultValue: 14);

            migrationBuilder.AddColumn<string>(
                name: "Inkomstenverrekening",
                table: "GemeenteInstellingen_GM0518",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "NaOpgave");

            migrationBuilder.AddColumn<int>(
                name: "OpgavetermijnDagen",
                table: "GemeenteInstellingen_GM0518",
                type: "INTEGER",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<int>(
                name: "HersteltermijnOpgaveDagen",
                table: "GemeenteInstellingen_GM0363",
                type: "INTEGER",
                nullable: false,
                defaultValue: 14);

            migrationBuilder.AddColumn<string>(
                name: "Inkomstenverrekening",
                table: "GemeenteInstellingen_GM0363",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "NaOpgave");

            migrationBuilder.AddColumn<int>(
                name: "OpgavetermijnDagen",
                table: "GemeenteInstellingen_GM0363",
                type: "INTEGER",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<int>(
                name: "HersteltermijnOpgaveDagen",
                table: "GemeenteInstellingen_GM0344",
                type: "INTEGER",
                nullable: false,
                defaultValue: 14);

            migrationBuilder.AddColumn<string>(
                name: "Inkomstenverrekening",
                table: "GemeenteInstellingen_GM0344",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "NaOpgave");

            migrationBuilder.AddColumn<int>(
                name: "OpgavetermijnDagen",
                table: "GemeenteInstellingen_GM0344",
                type: "INTEGER",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.CreateTable(
                name: "Opgaveplichten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Gemeente = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    AanvragerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Vanaf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Tot = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    GewijzigdDoor = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    GewijzigdOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opgaveplichten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Opgaveplichten_Gemeenten_Gemeente",
                        column: x => x.Gemeente,
                        principalTable: "Gemeenten",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Opgaveplichten_Personen_AanvragerId",
                        column: x => x.AanvragerId,
                        principalTable: "Personen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Opschortingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Gemeente = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    AanvragerId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToekenningId = table.Column<int>(type: "INTEGER", nullable: false),
                    Maand = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BesluitOp = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HerstelUiterlijk = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BesluitDoor = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HersteldOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Opschortingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Opschortingen_Gemeenten_Gemeente",
                        column: x => x.Gemeente,
                        principalTable: "Gemeenten",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Opschortingen_Personen_AanvragerId",
                        column: x => x.AanvragerId,
                        principalTable: "Personen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Opschortingen_Toekenningen_ToekenningId",
                        column: x => x.ToekenningId,
                        principalTable: "Toekenningen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.UpdateData(
                table: "GemeenteInstellingen_GM0344",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "HersteltermijnOpgaveDagen", "Inkomstenverrekening", "OpgavetermijnDagen" },
                values: new object[] { 14, "NaOpgave", 10 });

            migrationBuilder.UpdateData(
                table: "GemeenteInstellingen_GM0363",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "HersteltermijnOpgaveDagen", "Inkomstenverrekening", "OpgavetermijnDagen" },
                values: new object[] { 14, "NaOpgave", 10 });

            migrationBuilder.UpdateData(
                table: "GemeenteInstellingen_GM0518",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "HersteltermijnOpgaveDagen", "Inkomstenverrekening", "OpgavetermijnDagen" },
                values: new object[] { 14, "NaOpgave", 10 });

            migrationBuilder.UpdateData(
                table: "GemeenteInstellingen_GM0599",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "HersteltermijnOpgaveDagen", "Inkomstenverrekening", "OpgavetermijnDagen" },
                values: new object[] { 14, "NaOpgave", 10 });

            migrationBuilder.CreateIndex(
                name: "IX_Opgaveplichten_AanvragerId",
                table: "Opgaveplichten",
                column: "AanvragerId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Opgaveplichten_Gemeente_Vanaf",
                table: "Opgaveplichten",
                columns: new[] { "Gemeente", "Vanaf" });

            migrationBuilder.CreateIndex(
                name: "IX_Opschortingen_AanvragerId_Status",
                table: "Opschortingen",
                columns: new[] { "AanvragerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Opschortingen_Gemeente",
                table: "Opschortingen",
                column: "Gemeente");

            migrationBuilder.CreateIndex(
                name: "IX_Opschortingen_ToekenningId",
                table: "Opschortingen",
                column: "ToekenningId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Opgaveplichten");

            migrationBuilder.DropTable(
                name: "Opschortingen");

            migrationBuilder.DropColumn(
                name: "HersteltermijnOpgaveDagen",
                table: "GemeenteInstellingen_GM0599");

            migrationBuilder.DropColumn(
                name: "Inkomstenverrekening",
                table: "GemeenteInstellingen_GM0599");

            migrationBuilder.DropColumn(
                name: "OpgavetermijnDagen",
                table: "GemeenteInstellingen_GM0599");

            migrationBuilder.DropColumn(
                name: "HersteltermijnOpgaveDagen",
                table: "GemeenteInstellingen_GM0518");

            migrationBuilder.DropColumn(
                name: "Inkomstenverrekening",
                table: "GemeenteInstellingen_GM0518");

            migrationBuilder.DropColumn(
                name: "OpgavetermijnDagen",
                table: "GemeenteInstellingen_GM0518");

            migrationBuilder.DropColumn(
                name: "HersteltermijnOpgaveDagen",
                table: "GemeenteInstellingen_GM0363");

            migrationBuilder.DropColumn(
                name: "Inkomstenverrekening",
                table: "GemeenteInstellingen_GM0363");

            migrationBuilder.DropColumn(
                name: "OpgavetermijnDagen",
                table: "GemeenteInstellingen_GM0363");

            migrationBuilder.DropColumn(
                name: "HersteltermijnOpgaveDagen",
                table: "GemeenteInstellingen_GM0344");

            migrationBuilder.DropColumn(
                name: "Inkomstenverrekening",
                table: "GemeenteInstellingen_GM0344");

            migrationBuilder.DropColumn(
                name: "OpgavetermijnDagen",
                table: "GemeenteInstellingen_GM0344");
        }
    }
}
