using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Betaalruns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Betaalruns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Gemeente = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    Maand = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    GestartDoor = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    GestartOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AantalDelen = table.Column<int>(type: "int", nullable: false),
                    DefinitiefDoor = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    DefinitiefOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Versie = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Betaalruns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Betaalruns_Gemeenten_Gemeente",
                        column: x => x.Gemeente,
                        principalTable: "Gemeenten",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BetaalrunDelen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BetaalrunId = table.Column<int>(type: "int", nullable: false),
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
                    table.PrimaryKey("PK_BetaalrunDelen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BetaalrunDelen_Betaalruns_BetaalrunId",
                        column: x => x.BetaalrunId,
                        principalTable: "Betaalruns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Betalingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Gemeente = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    BetaalrunId = table.Column<int>(type: "int", nullable: false),
                    Maand = table.Column<DateOnly>(type: "date", nullable: false),
                    ToekenningId = table.Column<int>(type: "int", nullable: false),
                    AanvraagId = table.Column<int>(type: "int", nullable: false),
                    AanvragerId = table.Column<int>(type: "int", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Iban = table.Column<string>(type: "nvarchar(34)", maxLength: 34, nullable: true),
                    Dagen = table.Column<int>(type: "int", nullable: false),
                    DagenInMaand = table.Column<int>(type: "int", nullable: false),
                    Norm = table.Column<long>(type: "bigint", nullable: false),
                    InkomenInAanmerking = table.Column<long>(type: "bigint", nullable: false),
                    Bijstand = table.Column<long>(type: "bigint", nullable: false),
                    VakantietoeslagGereserveerd = table.Column<long>(type: "bigint", nullable: false),
                    VakantietoeslagUitbetaald = table.Column<long>(type: "bigint", nullable: false),
                    Verrekend = table.Column<long>(type: "bigint", nullable: false),
                    TeBetalen = table.Column<long>(type: "bigint", nullable: false),
                    VorigBedrag = table.Column<long>(type: "bigint", nullable: true),
                    Signalen = table.Column<int>(type: "int", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Betalingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Betalingen_Betaalruns_BetaalrunId",
                        column: x => x.BetaalrunId,
                        principalTable: "Betaalruns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BetalingVerrekeningen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Gemeente = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    BetaalrunId = table.Column<int>(type: "int", nullable: false),
                    Maand = table.Column<DateOnly>(type: "date", nullable: false),
                    ToekenningId = table.Column<int>(type: "int", nullable: false),
                    TerugvorderingId = table.Column<int>(type: "int", nullable: false),
                    Bedrag = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BetalingVerrekeningen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BetalingVerrekeningen_Betaalruns_BetaalrunId",
                        column: x => x.BetaalrunId,
                        principalTable: "Betaalruns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Toekenningen_Gemeente_AanvragerId",
                table: "Toekenningen",
                columns: new[] { "Gemeente", "AanvragerId" });

            migrationBuilder.CreateIndex(
                name: "IX_BetaalrunDelen_BetaalrunId_Klaar_LeaseTot",
                table: "BetaalrunDelen",
                columns: new[] { "BetaalrunId", "Klaar", "LeaseTot" });

            migrationBuilder.CreateIndex(
                name: "IX_BetaalrunDelen_BetaalrunId_Volgnummer",
                table: "BetaalrunDelen",
                columns: new[] { "BetaalrunId", "Volgnummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Betaalruns_Gemeente_Maand",
                table: "Betaalruns",
                columns: new[] { "Gemeente", "Maand" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Betalingen_BetaalrunId_ToekenningId",
                table: "Betalingen",
                columns: new[] { "BetaalrunId", "ToekenningId" });

            migrationBuilder.CreateIndex(
                name: "IX_Betalingen_Gemeente_AanvraagId_Maand",
                table: "Betalingen",
                columns: new[] { "Gemeente", "AanvraagId", "Maand" });

            migrationBuilder.CreateIndex(
                name: "IX_Betalingen_Gemeente_AanvragerId_Maand",
                table: "Betalingen",
                columns: new[] { "Gemeente", "AanvragerId", "Maand" });

            migrationBuilder.CreateIndex(
                name: "IX_Betalingen_Gemeente_Maand_ToekenningId",
                table: "Betalingen",
                columns: new[] { "Gemeente", "Maand", "ToekenningId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BetalingVerrekeningen_BetaalrunId_ToekenningId",
                table: "BetalingVerrekeningen",
                columns: new[] { "BetaalrunId", "ToekenningId" });

            migrationBuilder.CreateIndex(
                name: "IX_BetalingVerrekeningen_Gemeente_Maand_ToekenningId_TerugvorderingId",
                table: "BetalingVerrekeningen",
                columns: new[] { "Gemeente", "Maand", "ToekenningId", "TerugvorderingId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BetaalrunDelen");

            migrationBuilder.DropTable(
                name: "Betalingen");

            migrationBuilder.DropTable(
                name: "BetalingVerrekeningen");

            migrationBuilder.DropTable(
                name: "Betaalruns");

            migrationBuilder.DropIndex(
                name: "IX_Toekenningen_Gemeente_AanvragerId",
                table: "Toekenningen");
        }
    }
}
