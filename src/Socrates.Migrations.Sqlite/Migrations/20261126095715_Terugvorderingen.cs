using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Terugvorderingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Terugvorderingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AfzienBedrag = table.Column<long>(type: "INTEGER", nullable: true),
                    AfzienGrond = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AfzienReden = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AfzienVoorgesteldDoor = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    OninbaarReden = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Kenmerk = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    BriefNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BriefBezoekadres = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BriefPostadres = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BriefTelefoon = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    BriefWebsite = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    OndertekenaarNaam = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OndertekenaarFunctie = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DebiteurNaam = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Aanhef = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    AdresRegel1 = table.Column<string>(type: "TEXT", maxLength: 250, nullable: true),
                    AdresRegel2 = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    Afkeurreden = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Gemeente = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    DebiteurId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToekenningId = table.Column<int>(type: "INTEGER", nullable: false),
                    Grond = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BoeteVoorId = table.Column<int>(type: "INTEGER", nullable: true),
                    BronAanvraagId = table.Column<int>(type: "INTEGER", nullable: true),
                    Motivering = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    NietInvorderen = table.Column<bool>(type: "INTEGER", nullable: false),
                    Netto = table.Column<long>(type: "INTEGER", nullable: false),
                    Loonheffing = table.Column<long>(type: "INTEGER", nullable: false),
                    Totaal = table.Column<long>(type: "INTEGER", nullable: false),
                    Bruto = table.Column<bool>(type: "INTEGER", nullable: false),
                    BrutoPercentage = table.Column<int>(type: "INTEGER", nullable: true),
                    Berekeningstoelichting = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Verwijtbaarheid = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Recidive = table.Column<bool>(type: "INTEGER", nullable: false),
                    VoorgesteldDoor = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    VoorgesteldOp = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VierOgen = table.Column<bool>(type: "INTEGER", nullable: false),
                    BeoordeeldDoor = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    VastgesteldOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Saldo = table.Column<long>(type: "INTEGER", nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false),
                    AflossingPerMaand = table.Column<long>(type: "INTEGER", nullable: true),
                    AflossingVoorstel = table.Column<long>(type: "INTEGER", nullable: true),
                    AflossingReden = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AflossingVanaf = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Verrekenen = table.Column<bool>(type: "INTEGER", nullable: false),
                    VerrekeningPerMaand = table.Column<long>(type: "INTEGER", nullable: true),
                    LaatsteAanmaning = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LaatsteStuiting = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Verjaringsdatum = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Terugvorderingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Terugvorderingen_Gemeenten_Gemeente",
                        column: x => x.Gemeente,
                        principalTable: "Gemeenten",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Terugvorderingen_Personen_DebiteurId",
                        column: x => x.DebiteurId,
                        principalTable: "Personen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Terugvorderingen_Terugvorderingen_BoeteVoorId",
                        column: x => x.BoeteVoorId,
                        principalTable: "Terugvorderingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Terugvorderingen_Toekenningen_ToekenningId",
                        column: x => x.ToekenningId,
                        principalTable: "Toekenningen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TerugvorderingMaanden",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Maand = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Netto = table.Column<long>(type: "INTEGER", nullable: false),
                    Loonheffing = table.Column<long>(type: "INTEGER", nullable: false),
                    TerugvorderingId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TerugvorderingMaanden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TerugvorderingMaanden_Terugvorderingen_TerugvorderingId",
                        column: x => x.TerugvorderingId,
                        principalTable: "Terugvorderingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TerugvorderingMutaties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Volgnummer = table.Column<int>(type: "INTEGER", nullable: false),
                    Datum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Bedrag = table.Column<long>(type: "INTEGER", nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 1500, nullable: false),
                    Referentie = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Maand = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Door = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    GeboektOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TerugvorderingId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TerugvorderingMutaties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TerugvorderingMutaties_Terugvorderingen_TerugvorderingId",
                        column: x => x.TerugvorderingId,
                        principalTable: "Terugvorderingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Terugvorderingen_BoeteVoorId",
                table: "Terugvorderingen",
                column: "BoeteVoorId");

            migrationBuilder.CreateIndex(
                name: "IX_Terugvorderingen_DebiteurId",
                table: "Terugvorderingen",
                column: "DebiteurId");

            migrationBuilder.CreateIndex(
                name: "IX_Terugvorderingen_Gemeente_DebiteurId",
                table: "Terugvorderingen",
                columns: new[] { "Gemeente", "DebiteurId" });

            migrationBuilder.CreateIndex(
                name: "IX_Terugvorderingen_Gemeente_Status_Id",
                table: "Terugvorderingen",
                columns: new[] { "Gemeente", "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Terugvorderingen_Gemeente_ToekenningId",
                table: "Terugvorderingen",
                columns: new[] { "Gemeente", "ToekenningId" });

            migrationBuilder.CreateIndex(
                name: "IX_Terugvorderingen_ToekenningId",
                table: "Terugvorderingen",
                column: "ToekenningId");

            migrationBuilder.CreateIndex(
                name: "IX_TerugvorderingMaanden_TerugvorderingId",
                table: "TerugvorderingMaanden",
                column: "TerugvorderingId");

            migrationBuilder.CreateIndex(
                name: "IX_TerugvorderingMutaties_Soort_Datum",
                table: "TerugvorderingMutaties",
                columns: new[] { "Soort", "Datum" });

            migrationBuilder.CreateIndex(
                name: "IX_TerugvorderingMutaties_TerugvorderingId_Volgnummer",
                table: "TerugvorderingMutaties",
                columns: new[] { "TerugvorderingId", "Volgnummer" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TerugvorderingMaanden");

            migrationBuilder.DropTable(
                name: "TerugvorderingMutaties");

            migrationBuilder.DropTable(
                name: "Terugvorderingen");
        }
    }
}
