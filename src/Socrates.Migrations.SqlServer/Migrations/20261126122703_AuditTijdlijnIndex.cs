using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AuditTijdlijnIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditRegels_Gemeente_EntiteitType_EntiteitId",
                table: "AuditRegels");

            migrationBuilder.CreateIndex(
                name: "IX_AuditRegels_Gemeente_EntiteitType_EntiteitId_Tijdstip",
                table: "AuditRegels",
                columns: new[] { "Gemeente", "EntiteitType", "EntiteitId", "Tijdstip" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditRegels_Gemeente_EntiteitType_EntiteitId_Tijdstip",
                table: "AuditRegels");

            migrationBuilder.CreateIndex(
                name: "IX_AuditRegels_Gemeente_EntiteitType_EntiteitId",
                table: "AuditRegels",
                columns: new[] { "Gemeente", "EntiteitType", "EntiteitId" });
        }
    }
}
