using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.SqlServer.Migrations
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Gemeente = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Rol = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Rechten = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Sleutelprefix = table.Column<string>(type: "nvarchar(12)", maxLength: 12, nullable: false),
                    SleutelHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AangemaaktOp = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AangemaaktDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    IngetrokkenOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    IngetrokkenDoor = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    LaatstGebruiktOp = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Versie = table.Column<int>(type: "int", nullable: false)
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
