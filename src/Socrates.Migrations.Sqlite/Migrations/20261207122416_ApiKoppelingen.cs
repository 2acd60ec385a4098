using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ApiKoppelingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ApiKoppelingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Gemeente = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Rol = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Rechten = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Sleutelprefix = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    SleutelHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AangemaaktOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AangemaaktDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IngetrokkenOp = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IngetrokkenDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LaatstGebruiktOp = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKoppelingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiKoppelingen_Gemeenten_Gemeente",
                        column: x => x.Gemeente,
                        principalTable: "Gemeenten",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ApiKoppelingen_Gemeente_Naam",
                table: "ApiKoppelingen",
                columns: new[] { "Gemeente", "Naam" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiKoppelingen_Sleutelprefix",
                table: "ApiKoppelingen",
                column: "Sleutelprefix",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiKoppelingen");
        }
    }
}
