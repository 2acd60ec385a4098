using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Indexeringen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Indexeringen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Gemeente = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    NormensetId = table.Column<int>(type: "INTEGER", nullable: false),
                    VanMaand = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TotMaand = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GestartOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    KlaarOp = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AantalDelen = table.Column<int>(type: "INTEGER", nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indexeringen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indexeringen_Gemeenten_Gemeente",
                        column: x => x.Gemeente,
                        principalTable: "Gemeenten",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Indexeringen_Normensets_NormensetId",
                        column: x => x.NormensetId,
                        principalTable: "Normensets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "IndexeringDelen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndexeringId = table.Column<int>(type: "INTEGER", nullable: false),
                    Volgnummer = table.Column<int>(type: "INTEGER", nullable: false),
                    VanToekenningId = table.Column<int>(type: "INTEGER", nullable: false),
                    TotToekenningId = table.Column<int>(type: "INTEGER", nullable: false),
                    Klaar = table.Column<bool>(type: "INTEGER", nullable: false),
                    Eigenaar = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LeaseTot = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Pogingen = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndexeringDelen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndexeringDelen_Indexeringen_IndexeringId",
                        column: x => x.IndexeringId,
                        principalTable: "Indexeringen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Indexeringsregels",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Gemeente = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    IndexeringId = table.Column<int>(type: "INTEGER", nullable: false),
                    NormensetId = table.Column<int>(type: "INTEGER", nullable: false),
                    AanvragerId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToekenningId = table.Column<int>(type: "INTEGER", nullable: false),
                    Maand = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WasBijstand = table.Column<long>(type: "INTEGER", nullable: false),
                    WasVakantietoeslag = table.Column<long>(type: "INTEGER", nullable: false),
                    WordtBijstand = table.Column<long>(type: "INTEGER", nullable: false),
                    WordtVakantietoeslag = table.Column<long>(type: "INTEGER", nullable: false),
                    Betaald = table.Column<long>(type: "INTEGER", nullable: false),
                    Nabetaling = table.Column<long>(type: "INTEGER", nullable: false),
                    TeveelBetaald = table.Column<long>(type: "INTEGER", nullable: false),
                    VakantietoeslagCorrectie = table.Column<long>(type: "INTEGER", nullable: false),
                    VerwerktInBetaalrunId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indexeringsregels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indexeringsregels_Indexeringen_IndexeringId",
                        column: x => x.IndexeringId,
                        principalTable: "Indexeringen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndexeringDelen_IndexeringId_Klaar_LeaseTot",
                table: "IndexeringDelen",
                columns: new[] { "IndexeringId", "Klaar", "LeaseTot" });

            migrationBuilder.CreateIndex(
                name: "IX_IndexeringDelen_IndexeringId_Volgnummer",
                table: "IndexeringDelen",
                columns: new[] { "IndexeringId", "Volgnummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Indexeringen_Gemeente_NormensetId",
                table: "Indexeringen",
                columns: new[] { "Gemeente", "NormensetId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Indexeringen_NormensetId",
                table: "Indexeringen",
                column: "NormensetId");

            migrationBuilder.CreateIndex(
                name: "IX_Indexeringen_Status",
                table: "Indexeringen",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Indexeringsregels_Gemeente_VerwerktInBetaalrunId_AanvragerId",
                table: "Indexeringsregels",
                columns: new[] { "Gemeente", "VerwerktInBetaalrunId", "AanvragerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Indexeringsregels_IndexeringId_AanvragerId",
                table: "Indexeringsregels",
                columns: new[] { "IndexeringId", "AanvragerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Indexeringsregels_NormensetId_ToekenningId_Maand",
                table: "Indexeringsregels",
                columns: new[] { "NormensetId", "ToekenningId", "Maand" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndexeringDelen");

            migrationBuilder.DropTable(
                name: "Indexeringsregels");

            migrationBuilder.DropTable(
                name: "Indexeringen");
        }
    }
}
