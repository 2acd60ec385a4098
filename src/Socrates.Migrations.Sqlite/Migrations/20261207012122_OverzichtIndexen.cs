using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OverzichtIndexen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Toekenningen_Gemeente_Status_Einddatum_Ingangsdatum",
                table: "Toekenningen",
                columns: new[] { "Gemeente", "Status", "Einddatum", "Ingangsdatum" });

            migrationBuilder.CreateIndex(
                name: "IX_Aanvragen_Gemeente_IngebrekestellingOntvangen",
                table: "Aanvragen",
                columns: new[] { "Gemeente", "IngebrekestellingOntvangen" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Toekenningen_Gemeente_Status_Einddatum_Ingangsdatum",
                table: "Toekenningen");

            migrationBuilder.DropIndex(
                name: "IX_Aanvragen_Gemeente_IngebrekestellingOntvangen",
                table: "Aanvragen");
        }
    }
}
