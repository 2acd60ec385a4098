using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.SqlServer.Migrations
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
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "IngetrokkenOp",
                table: "GemeenteInstellingen_GM0599",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IntrekkingsReden",
                table: "GemeenteInstellingen_GM0599",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IngetrokkenDoor",
                table: "GemeenteInstellingen_GM0518",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "IngetrokkenOp",
                table: "GemeenteInstellingen_GM0518",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IntrekkingsReden",
                table: "GemeenteInstellingen_GM0518",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IngetrokkenDoor",
                table: "GemeenteInstellingen_GM0363",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "IngetrokkenOp",
                table: "GemeenteInstellingen_GM0363",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IntrekkingsReden",
                table: "GemeenteInstellingen_GM0363",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IngetrokkenDoor",
                table: "GemeenteInstellingen_GM0344",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "IngetrokkenOp",
                table: "GemeenteInstellingen_GM0344",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IntrekkingsReden",
                table: "GemeenteInstellingen_GM0344",
                type: "nvarchar(1000)",
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
