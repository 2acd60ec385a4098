using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class RedenZonderBewijsstukken : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "GoedkeuringZonderBewijsstukken",
                table: "Aanvragen",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RedenZonderBewijsstukken",
                table: "Aanvragen",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GoedkeuringZonderBewijsstukken",
                table: "Aanvragen");

            migrationBuilder.DropColumn(
                name: "RedenZonderBewijsstukken",
                table: "Aanvragen");
        }
    }
}
