using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Inkomstenopgaven : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Inkomstenopgaven",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Gemeente = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    ToekenningId = table.Column<int>(type: "int", nullable: false),
                    AanvragerId = table.Column<int>(type: "int", nullable: false),
                    Maand = table.Column<DateOnly>(type: "date", nullable: false),
                    Van = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Werkgever = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PeriodeVan = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodeTot = table.Column<DateOnly>(type: "date", nullable: false),
                    NettoLoon = table.Column<long>(type: "bigint", nullable: false),
                    BrutoLoon = table.Column<long>(type: "bigint", nullable: false),
                    Vakantiegeld = table.Column<long>(type: "bigint", nullable: false),
                    Uren = table.Column<decimal>(type: "decimal(5,2)", precision: 5, scale: 2, nullable: false),
                    Documentreferentie = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    GeregistreerdDoor = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    GeregistreerdOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    VervangtId = table.Column<int>(type: "int", nullable: true),
                    Vervangen = table.Column<bool>(type: "bit", nullable: false),
                    VerwerktInBetaalrunId = table.Column<int>(type: "int", nullable: true),
                    Versie = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inkomstenopgaven", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inkomstenopgaven_Gemeenten_Gemeente",
                        column: x => x.Gemeente,
                        principalTable: "Gemeenten",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Inkomstenopgaven_Personen_AanvragerId",
                        column: x => x.AanvragerId,
                        principalTable: "Personen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Inkomstenopgaven_Toekenningen_ToekenningId",
                        column: x => x.ToekenningId,
                        principalTable: "Toekenningen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Inkomstenopgaven_AanvragerId_Vervangen_Maand",
                table: "Inkomstenopgaven",
                columns: new[] { "AanvragerId", "Vervangen", "Maand" });

            migrationBuilder.CreateIndex(
                name: "IX_Inkomstenopgaven_Gemeente",
                table: "Inkomstenopgaven",
                column: "Gemeente");

            migrationBuilder.CreateIndex(
                name: "IX_Inkomstenopgaven_ToekenningId_Maand",
                table: "Inkomstenopgaven",
                columns: new[] { "ToekenningId", "Maand" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Inkomstenopgaven");
        }
    }
}
