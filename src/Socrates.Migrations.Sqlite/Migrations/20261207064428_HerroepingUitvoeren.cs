using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HerroepingUitvoeren : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "HerroepingAanvraagId",
                table: "Bezwaren",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HerroepingToekenningId",
                table: "Bezwaren",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HerroepingUitgevoerdOp",
                table: "Bezwaren",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bezwaren_Gemeente_HerroepingAanvraagId",
                table: "Bezwaren",
                columns: new[] { "Gemeente", "HerroepingAanvraagId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Bezwaren_Gemeente_HerroepingAanvraagId",
                table: "Bezwaren");

            migrationBuilder.DropColumn(
                name: "HerroepingAanvraagId",
                table: "Bezwaren");

            migrationBuilder.DropColumn(
                name: "HerroepingToekenningId",
                table: "Bezwaren");

            migrationBuilder.DropColumn(
                name: "HerroepingUitgevoerdOp",
                table: "Bezwaren");
        }
    }
}
