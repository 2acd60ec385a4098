using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class GemeenteregelsIntrekken : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IngetrokkenDoor",
                table: "GemeenteInstellingen_GM0599",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "IngetrokkenOp",
                table: "GemeenteInstellingen_GM0599",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IntrekkingsReden",
                table: "GemeenteInstellingen_GM0599",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IngetrokkenDoor",
                table: "GemeenteInstellingen_GM0518",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "IngetrokkenOp",
                table: "GemeenteInstellingen_GM0518",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IntrekkingsReden",
                table: "GemeenteInstellingen_GM0518",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IngetrokkenDoor",
                table: "GemeenteInstellingen_GM0363",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "IngetrokkenOp",
                table: "GemeenteInstellingen_GM0363",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IntrekkingsReden",
                table: "GemeenteInstellingen_GM0363",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IngetrokkenDoor",
                table: "GemeenteInstellingen_GM0344",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "IngetrokkenOp",
                table: "GemeenteInstellingen_GM0344",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IntrekkingsReden",
                table: "GemeenteInstellingen_GM0344",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.UpdateData(
                table: "GemeenteInstellingen_GM0344",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "IngetrokkenDoor", "IngetrokkenOp", "IntrekkingsReden" },
                values: new object[] { null, null, null });

            migrationBuilder.UpdateData(
                table: "GemeenteInstellingen_GM0363",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "IngetrokkenDoor", "IngetrokkenOp", "IntrekkingsReden" },
                values: new object[] { null, null, null });

            migrationBuilder.UpdateData(
                table: "GemeenteInstellingen_GM0518",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "IngetrokkenDoor", "IngetrokkenOp", "IntrekkingsReden" },
                values: new object[] { null, null, null });

            migrationBuilder.UpdateData(
                table: "GemeenteInstellingen_GM0599",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "IngetrokkenDoor", "IngetrokkenOp", "IntrekkingsReden" },
                values: new object[] { null, null, null });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IngetrokkenDoor",
                table: "GemeenteInstellingen_GM0599");

            migrationBuilder.DropColumn(
                name: "IngetrokkenOp",
                table: "GemeenteInstellingen_GM0599");

            migrationBuilder.DropColumn(
                name: "IntrekkingsReden",
                table: "GemeenteInstellingen_GM0599");

            migrationBuilder.DropColumn(
                name: "IngetrokkenDoor",
                table: "GemeenteInstellingen_GM0518");

            migrationBuilder.DropColumn(
                name: "IngetrokkenOp",
                table: "GemeenteInstellingen_GM0518");

            migrationBuilder.DropColumn(
                name: "IntrekkingsReden",
                table: "GemeenteInstellingen_GM0518");

            migrationBuilder.DropColumn(
                name: "IngetrokkenDoor",
                table: "GemeenteInstellingen_GM0363");

            migrationBuilder.DropColumn(
                name: "IngetrokkenOp",
                table: "GemeenteInstellingen_GM0363");

            migrationBuilder.DropColumn(
                name: "IntrekkingsReden",
                table: "GemeenteInstellingen_GM0363");

            migrationBuilder.DropColumn(
                name: "IngetrokkenDoor",
                table: "GemeenteInstellingen_GM0344");

            migrationBuilder.DropColumn(
                name: "IngetrokkenOp",
                table: "GemeenteInstellingen_GM0344");

            migrationBuilder.DropColumn(
                name: "IntrekkingsReden",
                table: "GemeenteInstellingen_GM0344");
        }
    }
}
