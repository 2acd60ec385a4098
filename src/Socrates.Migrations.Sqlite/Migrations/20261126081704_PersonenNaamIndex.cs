using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class PersonenNaamIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Personen_Gemeente_Achternaam",
                table: "Personen");

            migrationBuilder.CreateIndex(
                name: "IX_Personen_Gemeente_Achternaam_Voornamen",
                table: "Personen",
                columns: new[] { "Gemeente", "Achternaam", "Voornamen" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Personen_Gemeente_Achternaam_Voornamen",
                table: "Personen");

            migrationBuilder.CreateIndex(
                name: "IX_Personen_Gemeente_Achternaam",
                table: "Personen",
                columns: new[] { "Gemeente", "Achternaam" });
        }
    }
}
