using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Beschikkingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Beschikkingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Gemeente = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    AanvraagId = table.Column<int>(type: "int", nullable: false),
                    ToekenningId = table.Column<int>(type: "int", nullable: true),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Kenmerk = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Soort = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Ingangsdatum = table.Column<DateOnly>(type: "date", nullable: true),
                    Afwijzingsgrond = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Motivering = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    Bijstand = table.Column<long>(type: "bigint", nullable: false),
                    Vakantietoeslag = table.Column<long>(type: "bigint", nullable: false),
                    TeBetalen = table.Column<long>(type: "bigint", nullable: false),
                    VakantietoeslagMaand = table.Column<int>(type: "int", nullable: false),
                    Aanhef = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    AanvragerNaam = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    AdresRegel1 = table.Column<string>(type: "nvarchar(250)", maxLength: 250, nullable: false),
                    AdresRegel2 = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    BriefNaam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    BriefBezoekadres = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    BriefPostadres = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    BriefTelefoon = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    BriefWebsite = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OndertekenaarNaam = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    OndertekenaarFunctie = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Beschikkingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Beschikkingen_Aanvragen_AanvraagId",
                        column: x => x.AanvraagId,
                        principalTable: "Aanvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Beschikkingen_Gemeenten_Gemeente",
                        column: x => x.Gemeente,
                        principalTable: "Gemeenten",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Beschikkingen_Toekenningen_ToekenningId",
                        column: x => x.ToekenningId,
                        principalTable: "Toekenningen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Beschikkingen_AanvraagId",
                table: "Beschikkingen",
                column: "AanvraagId");

            migrationBuilder.CreateIndex(
                name: "IX_Beschikkingen_Gemeente_AanvraagId",
                table: "Beschikkingen",
                columns: new[] { "Gemeente", "AanvraagId" });

            migrationBuilder.CreateIndex(
                name: "IX_Beschikkingen_ToekenningId",
                table: "Beschikkingen",
                column: "ToekenningId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Beschikkingen");
        }
    }
}
