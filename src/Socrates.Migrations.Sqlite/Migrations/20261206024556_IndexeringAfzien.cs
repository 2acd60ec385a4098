using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IndexeringAfzien : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "Afgezien",
                table: "Indexeringsregels",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<bool>(
                name: "IndexeringTeveelTerugvorderen",
                table: "GemeenteInstellingen_GM0599",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IndexeringTeveelTerugvorderen",
                table: "GemeenteInstellingen_GM0518",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IndexeringTeveelTerugvorderen",
                table: "GemeenteInstellingen_GM0363",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "IndexeringTeveelTerugvorderen",
                table: "GemeenteInstellingen_GM0344",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.UpdateData(
                table: "GemeenteInstellingen_GM0344",
                keyColumn: "Id",
                keyValue: 1,
                column: "IndexeringTeveelTerugvorderen",
                value: false);

            migrationBuilder.UpdateData(
                table: "GemeenteInstellingen_GM0363",
                keyColumn: "Id",
                keyValue: 1,
                column: "IndexeringTeveelTerugvorderen",
                value: false);

            migrationBuilder.UpdateData(
                table: "GemeenteInstellingen_GM0518",
                keyColumn: "Id",
                keyValue: 1,
                column: "IndexeringTeveelTerugvorderen",
                value: false);

            migrationBuilder.UpdateData(
                table: "GemeenteInstellingen_GM0599",
                keyColumn: "Id",
                keyValue: 1,
                column: "IndexeringTeveelTerugvorderen",
                value: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Afgezien",
                table: "Indexeringsregels");

            migrationBuilder.DropColumn(
                name: "IndexeringTeveelTerugvorderen",
                table: "GemeenteInstellingen_GM0599");

            migrationBuilder.DropColumn(
                name: "IndexeringTeveelTerugvorderen",
                table: "GemeenteInstellingen_GM0518");

            migrationBuilder.DropColumn(
                name: "IndexeringTeveelTerugvorderen",
                table: "GemeenteInstellingen_GM0363");

            migrationBuilder.DropColumn(
                name: "IndexeringTeveelTerugvorderen",
                table: "GemeenteInstellingen_GM0344");
        }
    }
}
