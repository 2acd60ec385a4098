using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InkomstenopgavenVerwerktIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Inkomstenopgaven_AanvragerId_Vervangen_Maand",
                table: "Inkomstenopgaven");

            migrationBuilder.CreateIndex(
                name: "IX_Inkomstenopgaven_AanvragerId_Vervangen_Maand_VerwerktInBetaalrunId",
                table: "Inkomstenopgaven",
                columns: new[] { "AanvragerId", "Vervangen", "Maand", "VerwerktInBetaalrunId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Inkomstenopgaven_AanvragerId_Vervangen_Maand_VerwerktInBetaalrunId",
                table: "Inkomstenopgaven");

            migrationBuilder.CreateIndex(
                name: "IX_Inkomstenopgaven_AanvragerId_Vervangen_Maand",
                table: "Inkomstenopgaven",
                columns: new[] { "AanvragerId", "Vervangen", "Maand" });
        }
    }
}
