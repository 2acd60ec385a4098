using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Toekenningen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Afwijzingsgrond",
                table: "Aanvragen",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Ingangsdatum",
                table: "Aanvragen",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Motivering",
                table: "Aanvragen",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Toekenningen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Gemeente = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    AanvraagId = table.Column<int>(type: "INTEGER", nullable: false),
                    AanvragerId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ingangsdatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Peildatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Kostendelers = table.Column<int>(type: "INTEGER", nullable: false),
                    Norm = table.Column<long>(type: "INTEGER", nullable: false),
                    InkomenInAanmerking = table.Column<long>(type: "INTEGER", nullable: false),
                    Bijstand = table.Column<long>(type: "INTEGER", nullable: false),
                    Vakantietoeslag = table.Column<long>(type: "INTEGER", nullable: false),
                    TeBetalen = table.Column<long>(type: "INTEGER", nullable: false),
                    VoorgesteldDoor = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    VoorgesteldOp = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    BeslotenOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Toekenningen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Toekenningen_Aanvragen_AanvraagId",
                        column: x => x.AanvraagId,
                        principalTable: "Aanvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Toekenningen_Gemeenten_Gemeente",
                        column: x => x.Gemeente,
                        principalTable: "Gemeenten",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Toekenningen_Personen_AanvragerId",
                        column: x => x.AanvragerId,
                        principalTable: "Personen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ToekenningRegels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Volgorde = table.Column<int>(type: "INTEGER", nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Artikel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Bedrag = table.Column<long>(type: "INTEGER", nullable: false),
                    ToekenningId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ToekenningRegels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ToekenningRegels_Toekenningen_ToekenningId",
                        column: x => x.ToekenningId,
                        principalTable: "Toekenningen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Toekenningen_AanvraagId",
                table: "Toekenningen",
                column: "AanvraagId");

            migrationBuilder.CreateIndex(
                name: "IX_Toekenningen_AanvragerId",
                table: "Toekenningen",
                column: "AanvragerId");

            migrationBuilder.CreateIndex(
                name: "IX_Toekenningen_Gemeente_AanvraagId",
                table: "Toekenningen",
                columns: new[] { "Gemeente", "AanvraagId" });

            migrationBuilder.CreateIndex(
                name: "IX_Toekenningen_Gemeente_Status_Ingangsdatum",
                table: "Toekenningen",
                columns: new[] { "Gemeente", "Status", "Ingangsdatum" });

            migrationBuilder.CreateIndex(
                name: "IX_ToekenningRegels_ToekenningId",
                table: "ToekenningRegels",
                column: "ToekenningId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ToekenningRegels");

            migrationBuilder.DropTable(
                name: "Toekenningen");

            migrationBuilder.DropColumn(
                name: "Afwijzingsgrond",
                table: "Aanvragen");

            migrationBuilder.DropColumn(
                name: "Ingangsdatum",
                table: "Aanvragen");

            migrationBuilder.DropColumn(
                name: "Motivering",
                table: "Aanvragen");
        }
    }
}
