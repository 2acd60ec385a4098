using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DwangsomVaststelling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DwangsomAfkeurreden",
                table: "Aanvragen",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "DwangsomBedrag",
                table: "Aanvragen",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DwangsomDagen",
                table: "Aanvragen",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DwangsomVastgesteldDoor",
                table: "Aanvragen",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DwangsomVastgesteldOp",
                table: "Aanvragen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DwangsomVastgesteldTijdstip",
                table: "Aanvragen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DwangsomVoorgesteldDoor",
                table: "Aanvragen",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DwangsomVoorgesteldOp",
                table: "Aanvragen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GeenDwangsomDoor",
                table: "Aanvragen",
                type: "TEXT",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GeenDwangsomGrond",
                table: "Aanvragen",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GeenDwangsomToelichting",
                table: "Aanvragen",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Dwangsombetalingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Gemeente = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    BetaalrunId = table.Column<int>(type: "INTEGER", nullable: false),
                    AanvraagId = table.Column<int>(type: "INTEGER", nullable: false),
                    AanvragerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Iban = table.Column<string>(type: "TEXT", maxLength: 34, nullable: true),
                    Bedrag = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dwangsombetalingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Dwangsombetalingen_Aanvragen_AanvraagId",
                        column: x => x.AanvraagId,
                        principalTable: "Aanvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dwangsombetalingen_Betaalruns_BetaalrunId",
                        column: x => x.BetaalrunId,
                        principalTable: "Betaalruns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Dwangsombetalingen_AanvraagId",
                table: "Dwangsombetalingen",
                column: "AanvraagId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Dwangsombetalingen_BetaalrunId",
                table: "Dwangsombetalingen",
                column: "BetaalrunId");

            migrationBuilder.CreateIndex(
                name: "IX_Dwangsombetalingen_Gemeente_BetaalrunId",
                table: "Dwangsombetalingen",
                columns: new[] { "Gemeente", "BetaalrunId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Dwangsombetalingen");

            migrationBuilder.DropColumn(
                name: "DwangsomAfkeurreden",
                table: "Aanvragen");

            migrationBuilder.DropColumn(
                name: "DwangsomBedrag",
                table: "Aanvragen");

            migrationBuilder.DropColumn(
                name: "DwangsomDagen",
                table: "Aanvragen");

            migrationBuilder.DropColumn(
                name: "DwangsomVastgesteldDoor",
                table: "Aanvragen");

            migrationBuilder.DropColumn(
                name: "DwangsomVastgesteldOp",
                table: "Aanvragen");

            migrationBuilder.DropColumn(
                name: "DwangsomVastgesteldTijdstip",
                table: "Aanvragen");

            migrationBuilder.DropColumn(
                name: "DwangsomVoorgesteldDoor",
                table: "Aanvragen");

            migrationBuilder.DropColumn(
                name: "DwangsomVoorgesteldOp",
                table: "Aanvragen");

            migrationBuilder.DropColumn(
                name: "GeenDwangsomDoor",
                table: "Aanvragen");

            migrationBuilder.DropColumn(
                name: "GeenDwangsomGrond",
                table: "Aanvragen");

            migrationBuilder.DropColumn(
                name: "GeenDwangsomToelichting",
                table: "Aanvragen");
        }
    }
}
