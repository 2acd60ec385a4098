using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.SqlServer.Migrations
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
                type: "int",
                nullable: false,
                defaultValue: 14);

            migrationBuilder.AddColumn<string>(
                name: "Inkomstenverrekening",
                table: "GemeenteInstellingen_GM0599",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "NaOpgave");

            migrationBuilder.AddColumn<int>(
                name: "OpgavetermijnDagen",
                table: "GemeenteInstellingen_GM0599",
                type: "int",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<int>(
                name: "HersteltermijnOpgaveDagen",
                table: "GemeenteInstellingen_GM0518",
                type: "int",
                nullable: false,
                defaultValue: 14);

            migrationBuilder.AddColumn<string>(
                name: "Inkomstenverrekening",
                table: "GemeenteInstellingen_GM0518",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "NaOpgave");

            migrationBuilder.AddColumn<int>(
                name: "OpgavetermijnDagen",
                table: "GemeenteInstellingen_GM0518",
                type: "int",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<int>(
                name: "HersteltermijnOpgaveDagen",
                table: "GemeenteInstellingen_GM0363",
                type: "int",
                nullable: false,
                defaultValue: 14);

            migrationBuilder.AddColumn<string>(
                name: "Inkomstenverrekening",
                table: "GemeenteInstellingen_GM0363",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "NaOpgave");

            migrationBuilder.AddColumn<int>(
                name: "OpgavetermijnDagen",
                table: "GemeenteInstellingen_GM0363",
                type: "int",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.AddColumn<int>(
                name: "HersteltermijnOpgaveDagen",
                table: "GemeenteInstellingen_GM0344",
                type: "int",
                nullable: false,
                defaultValue: 14);

            migrationBuilder.AddColumn<string>(
                name: "Inkomstenverrekening",
                table: "GemeenteInstellingen_GM0344",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "NaOpgave");

            migrationBuilder.AddColumn<int>(
                name: "OpgavetermijnDagen",
                table: "GemeenteInstellingen_GM0344",
                type: "int",
                nullable: false,
                defaultValue: 10);

            migrationBuilder.CreateTable(
                name: "Opgaveplichten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Gemeente = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    AanvragerId = table.Column<int>(type: "int", nullable: false),
                    Vanaf = table.Column<DateOnly>(type: "date", nullable: false),
                    Tot = table.Column<DateOnly>(type: "date", nullable: true),
                    GewijzigdDoor = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    GewijzigdOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Versie = table.Column<int>(type: "int", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Gemeente = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    AanvragerId = table.Column<int>(type: "int", nullable: false),
                    ToekenningId = table.Column<int>(type: "int", nullable: false),
                    Maand = table.Column<DateOnly>(type: "date", nullable: false),
                    BesluitOp = table.Column<DateOnly>(type: "date", nullable: false),
                    HerstelUiterlijk = table.Column<DateOnly>(type: "date", nullable: false),
                    BesluitDoor = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    HersteldOp = table.Column<DateOnly>(type: "date", nullable: true),
                    Versie = table.Column<int>(type: "int", nullable: false)
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
