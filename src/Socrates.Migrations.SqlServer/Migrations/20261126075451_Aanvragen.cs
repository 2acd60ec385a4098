using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Aanvragen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Personen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Gemeente = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    Bsn = table.Column<string>(type: "nvarchar(9)", maxLength: 9, nullable: false),
                    Voornamen = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Voorvoegsel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Achternaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Geboortedatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Straat = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Huisnummer = table.Column<int>(type: "int", nullable: false),
                    Toevoeging = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Postcode = table.Column<string>(type: "nvarchar(7)", maxLength: 7, nullable: false),
                    Woonplaats = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Iban = table.Column<string>(type: "nvarchar(34)", maxLength: 34, nullable: true),
                    Versie = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Personen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Personen_Gemeenten_Gemeente",
                        column: x => x.Gemeente,
                        principalTable: "Gemeenten",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Aanvragen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Gemeente = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    AanvragerId = table.Column<int>(type: "int", nullable: false),
                    Meldingsdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Ontvangstdatum = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Besluit = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    BesluitVoorgesteldDoor = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    BesluitDatum = table.Column<DateOnly>(type: "date", nullable: true),
                    BehandelaarId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ZoektermijnUitzondering = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    ZoektermijnUitzonderingReden = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    UitersteBeslisdatum = table.Column<DateOnly>(type: "date", nullable: true),
                    Versie = table.Column<int>(type: "int", nullable: false),
                    PartnerId = table.Column<int>(type: "int", nullable: true),
                    PartnerRelatie = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Woonsituatie = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Woonkosten = table.Column<long>(type: "bigint", nullable: false),
                    Schulden = table.Column<long>(type: "bigint", nullable: false),
                    WozWaarde = table.Column<long>(type: "bigint", nullable: true),
                    Hypotheek = table.Column<long>(type: "bigint", nullable: true),
                    HersteltermijnVanaf = table.Column<DateOnly>(type: "date", nullable: true),
                    HersteltermijnTot = table.Column<DateOnly>(type: "date", nullable: true),
                    VerdaagdTot = table.Column<DateOnly>(type: "date", nullable: true),
                    VerdaagdOp = table.Column<DateOnly>(type: "date", nullable: true),
                    VerdagingReden = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Aanvragen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Aanvragen_Gemeenten_Gemeente",
                        column: x => x.Gemeente,
                        principalTable: "Gemeenten",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Aanvragen_Personen_AanvragerId",
                        column: x => x.AanvragerId,
                        principalTable: "Personen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Aanvragen_Personen_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Personen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AanvraagBewijsstukken",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Omschrijving = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    GevraagdOp = table.Column<DateOnly>(type: "date", nullable: false),
                    OntvangenOp = table.Column<DateOnly>(type: "date", nullable: true),
                    AanvraagId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AanvraagBewijsstukken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AanvraagBewijsstukken_Aanvragen_AanvraagId",
                        column: x => x.AanvraagId,
                        principalTable: "Aanvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AanvraagBezittingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Soort = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Omschrijving = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Waarde = table.Column<long>(type: "bigint", nullable: false),
                    AanvraagId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AanvraagBezittingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AanvraagBezittingen_Aanvragen_AanvraagId",
                        column: x => x.AanvraagId,
                        principalTable: "Aanvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AanvraagInkomsten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Van = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    NettoPerMaand = table.Column<long>(type: "bigint", nullable: false),
                    Vanaf = table.Column<DateOnly>(type: "date", nullable: false),
                    Tot = table.Column<DateOnly>(type: "date", nullable: true),
                    AanvraagId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AanvraagInkomsten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AanvraagInkomsten_Aanvragen_AanvraagId",
                        column: x => x.AanvraagId,
                        principalTable: "Aanvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AanvraagKinderen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Voornaam = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Geboortedatum = table.Column<DateOnly>(type: "date", nullable: false),
                    AanvraagId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AanvraagKinderen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AanvraagKinderen_Aanvragen_AanvraagId",
                        column: x => x.AanvraagId,
                        principalTable: "Aanvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AanvraagMedebewoners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Geboortedatum = table.Column<DateOnly>(type: "date", nullable: false),
                    FamilieTotTweedeGraad = table.Column<bool>(type: "bit", nullable: false),
                    Student = table.Column<bool>(type: "bit", nullable: false),
                    CommercieleOvereenkomst = table.Column<bool>(type: "bit", nullable: false),
                    AanvraagId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AanvraagMedebewoners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AanvraagMedebewoners_Aanvragen_AanvraagId",
                        column: x => x.AanvraagId,
                        principalTable: "Aanvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Notities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Gemeente = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    AanvraagId = table.Column<int>(type: "int", nullable: false),
                    Tekst = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    AuteurId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    AuteurNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Tijdstip = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notities", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notities_Aanvragen_AanvraagId",
                        column: x => x.AanvraagId,
                        principalTable: "Aanvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Notities_Gemeenten_Gemeente",
                        column: x => x.Gemeente,
                        principalTable: "Gemeenten",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AanvraagBewijsstukken_AanvraagId",
                table: "AanvraagBewijsstukken",
                column: "AanvraagId");

            migrationBuilder.CreateIndex(
                name: "IX_AanvraagBezittingen_AanvraagId",
                table: "AanvraagBezittingen",
                column: "AanvraagId");

            migrationBuilder.CreateIndex(
                name: "IX_AanvraagInkomsten_AanvraagId",
                table: "AanvraagInkomsten",
                column: "AanvraagId");

            migrationBuilder.CreateIndex(
                name: "IX_AanvraagKinderen_AanvraagId",
                table: "AanvraagKinderen",
                column: "AanvraagId");

            migrationBuilder.CreateIndex(
                name: "IX_AanvraagMedebewoners_AanvraagId",
                table: "AanvraagMedebewoners",
                column: "AanvraagId");

            migrationBuilder.CreateIndex(
                name: "IX_Aanvragen_AanvragerId",
                table: "Aanvragen",
                column: "AanvragerId");

            migrationBuilder.CreateIndex(
                name: "IX_Aanvragen_Gemeente_AanvragerId",
                table: "Aanvragen",
                columns: new[] { "Gemeente", "AanvragerId" });

            migrationBuilder.CreateIndex(
                name: "IX_Aanvragen_Gemeente_BehandelaarId_Status_UitersteBeslisdatum",
                table: "Aanvragen",
                columns: new[] { "Gemeente", "BehandelaarId", "Status", "UitersteBeslisdatum" });

            migrationBuilder.CreateIndex(
                name: "IX_Aanvragen_Gemeente_Status_UitersteBeslisdatum",
                table: "Aanvragen",
                columns: new[] { "Gemeente", "Status", "UitersteBeslisdatum" });

            migrationBuilder.CreateIndex(
                name: "IX_Aanvragen_PartnerId",
                table: "Aanvragen",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Notities_AanvraagId",
                table: "Notities",
                column: "AanvraagId");

            migrationBuilder.CreateIndex(
                name: "IX_Notities_Gemeente_AanvraagId_Tijdstip",
                table: "Notities",
                columns: new[] { "Gemeente", "AanvraagId", "Tijdstip" });

            migrationBuilder.CreateIndex(
                name: "IX_Personen_Gemeente_Achternaam",
                table: "Personen",
                columns: new[] { "Gemeente", "Achternaam" });

            migrationBuilder.CreateIndex(
                name: "IX_Personen_Gemeente_Bsn",
                table: "Personen",
                columns: new[] { "Gemeente", "Bsn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Personen_Gemeente_Geboortedatum",
                table: "Personen",
                columns: new[] { "Gemeente", "Geboortedatum" });

            migrationBuilder.CreateIndex(
                name: "IX_Personen_Postcode_Huisnummer",
                table: "Personen",
                columns: new[] { "Postcode", "Huisnummer" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AanvraagBewijsstukken");

            migrationBuilder.DropTable(
                name: "AanvraagBezittingen");

            migrationBuilder.DropTable(
                name: "AanvraagInkomsten");

            migrationBuilder.DropTable(
                name: "AanvraagKinderen");

            migrationBuilder.DropTable(
                name: "AanvraagMedebewoners");

            migrationBuilder.DropTable(
                name: "Notities");

            migrationBuilder.DropTable(
                name: "Aanvragen");

            migrationBuilder.DropTable(
                name: "Personen");
        }
    }
}
