using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Zoeknaam : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Zoeknaam",
                table: "Personen",
                type: "nvarchar(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            // Hand-written: the key of every existing person, in SQL (Zoeknaamvulling); keep it when regenerating.
            foreach (var opdracht in Socrates.Infrastructure.Persistence.Zoeknaamvulling.Opdrachten(sqlServer: true))
            {
                migrationBuilder.Sql(opdracht);
            }

            migrationBuilder.CreateIndex(
                name: "IX_Personen_Gemeente_Zoeknaam",
                table: "Personen",
                columns: new[] { "Gemeente", "Zoeknaam" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Personen_Gemeente_Zoeknaam",
                table: "Personen");

            migrationBuilder.DropColumn(
                name: "Zoeknaam",
                table: "Personen");
        }
    }
}
