using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Bezwaren : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Bezwaren",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Uitkomst = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Motivering = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    NieuwBedrag = table.Column<long>(type: "bigint", nullable: true),
                    ProceskostenPunten = table.Column<decimal>(type: "decimal(4,1)", precision: 4, scale: 1, nullable: true),
                    Proceskosten = table.Column<long>(type: "bigint", nullable: true),
                    BeslissingVoorgesteldDoor = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    BeslissingVoorgesteldOp = table.Column<DateOnly>(type: "date", nullable: true),
                    BeslistDoor = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    BeslistOp = table.Column<DateOnly>(type: "date", nullable: true),
                    Kenmerk = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Afkeurreden = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Vervolgactie = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Gemeente = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    PersoonId = table.Column<int>(type: "int", nullable: false),
                    Ontvangen = table.Column<DateOnly>(type: "date", nullable: false),
                    Indiener = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    GemachtigdeNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Gronden = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    GeregistreerdDoor = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    GeregistreerdOp = table.Column<DateOnly>(type: "date", nullable: false),
                    LaatsteDagBezwaar = table.Column<DateOnly>(type: "date", nullable: false),
                    Tijdig = table.Column<bool>(type: "bit", nullable: false),
                    Verschoonbaar = table.Column<bool>(type: "bit", nullable: true),
                    VerschoonbaarheidReden = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Adviescommissie = table.Column<bool>(type: "bit", nullable: false),
                    VerdaagdOp = table.Column<DateOnly>(type: "date", nullable: true),
                    VerdagingReden = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    UitersteBeslisdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    BehandelaarId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Versie = table.Column<int>(type: "int", nullable: false),
                    HoorzittingOp = table.Column<DateOnly>(type: "date", nullable: true),
                    HoorzittingPlaats = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Hoorverslag = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    AfzienVanHoren = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    AfzienToelichting = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    VoorlopigeVoorzieningOp = table.Column<DateOnly>(type: "date", nullable: true),
                    VoorlopigeVoorzieningUitkomst = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    AanvraagId = table.Column<int>(type: "int", nullable: true),
                    BesluitGenomenDoor = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    BesluitSoort = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    TerugvorderingId = table.Column<int>(type: "int", nullable: true),
                    BesluitVerzonden = table.Column<DateOnly>(type: "date", nullable: false),
                    BesluitVoorgesteldDoor = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bezwaren", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bezwaren_Gemeenten_Gemeente",
                        column: x => x.Gemeente,
                        principalTable: "Gemeenten",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bezwaren_Personen_PersoonId",
                        column: x => x.PersoonId,
                        principalTable: "Personen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "AspNetRoles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[] { "rol-BEZWAARBEHANDELAAR", "rol-BEZWAARBEHANDELAAR", "Bezwaarbehandelaar", "BEZWAARBEHANDELAAR" });

            migrationBuilder.CreateIndex(
                name: "IX_Bezwaren_Gemeente_BehandelaarId",
                table: "Bezwaren",
                columns: new[] { "Gemeente", "BehandelaarId" });

            migrationBuilder.CreateIndex(
                name: "IX_Bezwaren_Gemeente_PersoonId",
                table: "Bezwaren",
                columns: new[] { "Gemeente", "PersoonId" });

            migrationBuilder.CreateIndex(
                name: "IX_Bezwaren_Gemeente_Status_UitersteBeslisdatum",
                table: "Bezwaren",
                columns: new[] { "Gemeente", "Status", "UitersteBeslisdatum" });

            migrationBuilder.CreateIndex(
                name: "IX_Bezwaren_PersoonId",
                table: "Bezwaren",
                column: "PersoonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Bezwaren");

            migrationBuilder.DeleteData(
                table: "AspNetRoles",
                keyColumn: "Id",
                keyValue: "rol-BEZWAARBEHANDELAAR");
        }
    }
}
