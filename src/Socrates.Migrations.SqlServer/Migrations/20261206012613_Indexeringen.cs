using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.SqlServer.Migrations
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Gemeente = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    NormensetId = table.Column<int>(type: "int", nullable: false),
                    VanMaand = table.Column<DateOnly>(type: "date", nullable: false),
                    TotMaand = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    GestartOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    KlaarOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AantalDelen = table.Column<int>(type: "int", nullable: false),
                    Versie = table.Column<int>(type: "int", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    IndexeringId = table.Column<int>(type: "int", nullable: false),
                    Volgnummer = table.Column<int>(type: "int", nullable: false),
                    VanToekenningId = table.Column<int>(type: "int", nullable: false),
                    TotToekenningId = table.Column<int>(type: "int", nullable: false),
                    Klaar = table.Column<bool>(type: "bit", nullable: false),
                    Eigenaar = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    LeaseTot = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Pogingen = table.Column<int>(type: "int", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Gemeente = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    IndexeringId = table.Column<int>(type: "int", nullable: false),
                    NormensetId = table.Column<int>(type: "int", nullable: false),
                    AanvragerId = table.Column<int>(type: "int", nullable: false),
                    ToekenningId = table.Column<int>(type: "int", nullable: false),
                    Maand = table.Column<DateOnly>(type: "date", nullable: false),
                    WasBijstand = table.Column<long>(type: "bigint", nullable: false),
                    WasVakantietoeslag = table.Column<long>(type: "bigint", nullable: false),
                    WordtBijstand = table.Column<long>(type: "bigint", nullable: false),
                    WordtVakantietoeslag = table.Column<long>(type: "bigint", nullable: false),
                    Betaald = table.Column<long>(type: "bigint", nullable: false),
                    Nabetaling = table.Column<long>(type: "bigint", nullable: false),
                    TeveelBetaald = table.Column<long>(type: "bigint", nullable: false),
                    VakantietoeslagCorrectie = table.Column<long>(type: "bigint", nullable: false),
                    VerwerktInBetaalrunId = table.Column<int>(type: "int", nullable: true)
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
