using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InstellingenVoorstellen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InstellingenVoorstellen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Gemeente = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    GeldigVanaf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Inhoud = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    VoorgesteldDoorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    VoorgesteldDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VoorgesteldOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BeoordeeldDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BeoordeeldOp = table.Column<DateTime>(type: "TEXT", nullable: true),
                    VersieId = table.Column<int>(type: "INTEGER", nullable: true),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstellingenVoorstellen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InstellingenVoorstellen_Gemeenten_Gemeente",
                        column: x => x.Gemeente,
                        principalTable: "Gemeenten",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InstellingenVoorstellen_Gemeente_Status",
                table: "InstellingenVoorstellen",
                columns: new[] { "Gemeente", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InstellingenVoorstellen");
        }
    }
}
