using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Betaalruntotalen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "HuishoudensBetaald",
                table: "Betaalruns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TotaalBetaald",
                table: "Betaalruns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "TotaalVerrekend",
                table: "Betaalruns",
                type: "INTEGER",
                nullable: true);

            // Hand-written: the totals of every run computed before this column, in SQL (Betaalruntotalenvulling); keep it when regenerating.
            migrationBuilder.Sql(Socrates.Infrastructure.Persistence.Betaalruntotalenvulling.Opdracht(sqlServer: false));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HuishoudensBetaald",
                table: "Betaalruns");

            migrationBuilder.DropColumn(
                name: "TotaalBetaald",
                table: "Betaalruns");

            migrationBuilder.DropColumn(
                name: "TotaalVerrekend",
                table: "Betaalruns");
        }
    }
}
