using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Wetsregels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MaatregelGrondslag",
                table: "GemeenteInstellingen_GM0599",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Bijstandsnorm");

            migrationBuilder.AddColumn<string>(
                name: "MaatregelGrondslag",
                table: "GemeenteInstellingen_GM0518",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Bijstandsnorm");

            migrationBuilder.AddColumn<string>(
                name: "MaatregelGrondslag",
                table: "GemeenteInstellingen_GM0363",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Bijstandsnorm");

            migrationBuilder.AddColumn<string>(
                name: "MaatregelGrondslag",
                table: "GemeenteInstellingen_GM0344",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Bijstandsnorm");

            migrationBuilder.AddColumn<string>(
                name: "OverdrachtSvb",
                table: "Aanvragen",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OvereenkomstMetDerde",
                table: "AanvraagMedebewoners",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.UpdateData(
                table: "GemeenteInstellingen_GM0344",
                keyColumn: "Id",
                keyValue: 1,
                column: "MaatregelGrondslag",
                value: "Bijstandsnorm");

            migrationBuilder.UpdateData(
                table: "GemeenteInstellingen_GM0363",
                keyColumn: "Id",
                keyValue: 1,
                column: "MaatregelGrondslag",
                value: "Bijstandsnorm");

            migrationBuilder.UpdateData(
                table: "GemeenteInstellingen_GM0518",
                keyColumn: "Id",
                keyValue: 1,
                column: "MaatregelGrondslag",
                value: "Bijstandsnorm");

            migrationBuilder.UpdateData(
                table: "GemeenteInstellingen_GM0599",
                keyColumn: "Id",
                keyValue: 1,
                column: "MaatregelGrondslag",
                value: "Bijstandsnorm");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MaatregelGrondslag",
                table: "GemeenteInstellingen_GM0599");

            migrationBuilder.DropColumn(
                name: "MaatregelGrondslag",
                table: "GemeenteInstellingen_GM0518");

            migrationBuilder.DropColumn(
                name: "MaatregelGrondslag",
                table: "GemeenteInstellingen_GM0363");

            migrationBuilder.DropColumn(
                name: "MaatregelGrondslag",
                table: "GemeenteInstellingen_GM0344");

            migrationBuilder.DropColumn(
                name: "OverdrachtSvb",
                table: "Aanvragen");

            migrationBuilder.DropColumn(
                name: "OvereenkomstMetDerde",
                table: "AanvraagMedebewoners");
        }
    }
}
