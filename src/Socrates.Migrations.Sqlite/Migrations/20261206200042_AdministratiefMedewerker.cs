using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AdministratiefMedewerker : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.InsertData(
                table: "AspNetRoles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[] { "rol-ADMINISTRATIEFMEDEWERKER", "rol-ADMINISTRATIEFMEDEWERKER", "AdministratiefMedewerker", "ADMINISTRATIEFMEDEWERKER" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "AspNetRoles",
                keyColumn: "Id",
                keyValue: "rol-ADMINISTRATIEFMEDEWERKER");
        }
    }
}
