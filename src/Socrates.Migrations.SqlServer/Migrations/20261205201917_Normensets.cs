using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Normensets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Normensets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Ingangsdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    BruteringOnderAow = table.Column<int>(type: "int", nullable: true),
                    BruteringVanafAow = table.Column<int>(type: "int", nullable: true),
                    BruteringBron = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Afwijzingsreden = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    VoorgesteldDoorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    VoorgesteldDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    VoorgesteldOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    BeoordeeldDoorId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    BeoordeeldDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    BeoordeeldOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AfwijkingenBevestigd = table.Column<bool>(type: "bit", nullable: false),
                    Versie = table.Column<int>(type: "int", nullable: false),
                    BronDocument = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    BronPublicatiedatum = table.Column<DateOnly>(type: "date", nullable: true),
                    BronVindplaats = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Alleenstaande = table.Column<long>(type: "bigint", nullable: false),
                    NormbedragenBron = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Gehuwden = table.Column<long>(type: "bigint", nullable: false),
                    GemengdeGehuwden = table.Column<long>(type: "bigint", nullable: false),
                    GemengdeGehuwdenMetKinderen = table.Column<long>(type: "bigint", nullable: false),
                    InrichtingAlleenstaande = table.Column<long>(type: "bigint", nullable: false),
                    InrichtingGehuwden = table.Column<long>(type: "bigint", nullable: false),
                    InrichtingVerhogingAlleenstaande = table.Column<long>(type: "bigint", nullable: false),
                    InrichtingVerhogingGehuwden = table.Column<long>(type: "bigint", nullable: false),
                    JongeGehuwden = table.Column<long>(type: "bigint", nullable: false),
                    JongeGehuwdenMetKinderen = table.Column<long>(type: "bigint", nullable: false),
                    JongereAlleenstaande = table.Column<long>(type: "bigint", nullable: false),
                    JongereAlleenstaandeOuder = table.Column<long>(type: "bigint", nullable: false),
                    JongerenVerhoging = table.Column<long>(type: "bigint", nullable: true),
                    KostendelerJongere = table.Column<long>(type: "bigint", nullable: false),
                    KostendelerJongereMetKinderen = table.Column<long>(type: "bigint", nullable: false),
                    PensioenAlleenstaande = table.Column<long>(type: "bigint", nullable: false),
                    PensioenGehuwdenBeiden = table.Column<long>(type: "bigint", nullable: false),
                    PensioenGehuwdenEen = table.Column<long>(type: "bigint", nullable: false),
                    VermogensgrensAlleenstaande = table.Column<long>(type: "bigint", nullable: false),
                    VermogensgrensAlleenstaandeOuder = table.Column<long>(type: "bigint", nullable: false),
                    VermogensgrenzenBron = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    VermogensgrensGehuwden = table.Column<long>(type: "bigint", nullable: false),
                    VrijlatingenBron = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    VrijlatingAlleenstaandeOuder = table.Column<long>(type: "bigint", nullable: false),
                    VrijlatingArbeid = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Normensets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NormensetAowLeeftijden",
                columns: table => new
                {
                    Jaar = table.Column<int>(type: "int", nullable: false),
                    NormensetId = table.Column<int>(type: "int", nullable: false),
                    Jaren = table.Column<int>(type: "int", nullable: false),
                    Maanden = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NormensetAowLeeftijden", x => new { x.NormensetId, x.Jaar });
                    table.ForeignKey(
                        name: "FK_NormensetAowLeeftijden_Normensets_NormensetId",
                        column: x => x.NormensetId,
                        principalTable: "Normensets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "AspNetRoles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[] { "rol-NORMBEHEERDER", "rol-NORMBEHEERDER", "Normbeheerder", "NORMBEHEERDER" });

            migrationBuilder.CreateIndex(
                name: "IX_Normensets_Status_Ingangsdatum",
                table: "Normensets",
                columns: new[] { "Status", "Ingangsdatum" });

            // The three sets Socrates had in code (LandelijkeBedragen, Brutering, AowLeeftijd), as approved by the system,
            // written out as values: a migration never calls domain code. NormensetSeedTests compares them field by field.
            var Op = new DateTime(2026, 12, 5, 0, 0, 0, DateTimeKind.Utc);
            migrationBuilder.InsertData(
                table: "Normensets",
                columns: new[] { "Ingangsdatum", "JongereAlleenstaande", "JongereAlleenstaandeOuder", "JongeGehuwden", "JongeGehuwdenMetKinderen", "GemengdeGehuwden", "GemengdeGehuwdenMetKinderen", "JongerenVerhoging", "Alleenstaande", "Gehuwden", "PensioenAlleenstaande", "PensioenGehuwdenBeiden", "PensioenGehuwdenEen", "KostendelerJongereMetKinderen", "KostendelerJongere", "InrichtingAlleenstaande", "InrichtingGehuwden", "InrichtingVerhogingAlleenstaande", "InrichtingVerhogingGehuwden", "NormbedragenBron", "VrijlatingArbeid", "VrijlatingAlleenstaandeOuder", "VrijlatingenBron", "VermogensgrensAlleenstaande", "VermogensgrensAlleenstaandeOuder", "VermogensgrensGehuwden", "VermogensgrenzenBron", "BruteringOnderAow", "BruteringVanafAow", "BruteringBron", "BronDocument", "BronPublicatiedatum", "BronVindplaats", "Status", "VoorgesteldDoorId", "VoorgesteldDoor", "VoorgesteldOp", "BeoordeeldDoorId", "BeoordeeldDoor", "BeoordeeldOp", "AfwijkingenBevestigd", "Versie" },
                values: new object[,]
                {
                    { new DateOnly(2025, 1, 1), 33217L, 33217L, 66434L, 104875L, 129321L, 167762L, null, 134545L, 192207L, 150107L, 205348L, 205348L, 71658L, 33217L, 42603L, 66269L, 4500L, 10100L, "Participatiewet, tekst geldend op 1 januari 2025 (wetten.overheid.nl/BWBR0015703/2025-01-01)", 27300L, 17061L, "Participatiewet, tekst geldend op 1 januari 2025 (wetten.overheid.nl/BWBR0015703/2025-01-01), art. 31 lid 2 onder n en r", 777000L, 1554000L, 1554000L, "Participatiewet, tekst geldend op 1 januari 2025 (wetten.overheid.nl/BWBR0015703/2025-01-01), art. 34 lid 3", null, null, null, "Participatiewet, tekst geldend op 1 januari 2025 (wetten.overheid.nl/BWBR0015703/2025-01-01)", null, "wetten.overheid.nl/BWBR0015703/2025-01-01", "Goedgekeurd", "systeem", "Socrates (overgenomen uit de rekenregels)", Op, "systeem", "Socrates (overgenomen uit de rekenregels)", Op, false, 1 },
                    { new DateOnly(2025, 7, 1), 33798L, 33798L, 67596L, 106712L, 131588L, 170704L, null, 136906L, 195580L, 153021L, 209498L, 209498L, 72914L, 33798L, 43349L, 67429L, 4500L, 10100L, "Normenbrief 1 januari 2026 (SZW), bijlage I, kolom 1 juli 2025", 27800L, 17387L, "Normenbrief 1 januari 2026 (SZW), bijlage I, kolom 1 juli 2025", 777000L, 1554000L, 1554000L, "Participatiewet, tekst geldend op 1 januari 2025 (wetten.overheid.nl/BWBR0015703/2025-01-01), art. 34 lid 3", null, null, null, "Normenbrief 1 januari 2026 (SZW), bijlage I, kolom 1 juli 2025", null, "Normenbrief 1 januari 2026 (SZW), bijlage I", "Goedgekeurd", "systeem", "Socrates (overgenomen uit de rekenregels)", Op, "systeem", "Socrates (overgenomen uit de rekenregels)", Op, false, 1 },
                    { new DateOnly(2026, 1, 1), 34599L, 34599L, 69198L, 109241L, 134706L, 174749L, 74645L, 140150L, 200213L, 156469L, 214416L, 214416L, 74642L, 34599L, 44376L, 69027L, 4700L, 10600L, "Participatiewet, tekst geldend op 1 januari 2026 (Stcrt. 2025, 43553); Normenbrief 1 januari 2026 (SZW), bijlage I", 28500L, 17766L, "Participatiewet, tekst geldend op 1 januari 2026 (Stcrt. 2025, 43553); Normenbrief 1 januari 2026 (SZW), bijlage I", 800000L, 1600000L, 1600000L, "Participatiewet, tekst geldend op 1 januari 2026 (Stcrt. 2025, 43553); Normenbrief 1 januari 2026 (SZW), bijlage I", 5564, 2309, "Normenbrief 1 januari 2026 (Stcrt. 2025, 43553), bijlage VI", "Participatiewet, tekst geldend op 1 januari 2026 (Stcrt. 2025, 43553); Normenbrief 1 januari 2026 (SZW), bijlage I", new DateOnly(2025, 12, 18), "Stcrt. 2025, 43553", "Goedgekeurd", "systeem", "Socrates (overgenomen uit de rekenregels)", Op, "systeem", "Socrates (overgenomen uit de rekenregels)", Op, false, 1 },
                });
            foreach (var jaar in new[] { 2024, 2025, 2026, 2027 })
            {
                migrationBuilder.Sql($"INSERT INTO NormensetAowLeeftijden (NormensetId, Jaar, Jaren, Maanden) SELECT Id, {jaar}, 67, 0 FROM Normensets");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "NormensetAowLeeftijden");

            migrationBuilder.DropTable(
                name: "Normensets");

            migrationBuilder.DeleteData(
                table: "AspNetRoles",
                keyColumn: "Id",
                keyValue: "rol-NORMBEHEERDER");
        }
    }
}
