using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Formulierverzendingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Formulierverzendingen",
                columns: table => new
                {
                    Sleutel = table.Column<Guid>(type: "TEXT", nullable: false),
                    Gemeente = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    GebruikerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Opdracht = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Antwoord = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Tijdstip = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Formulierverzendingen", x => x.Sleutel);
                    table.ForeignKey(
                        name: "FK_Formulierverzendingen_Gemeenten_Gemeente",
                        column: x => x.Gemeente,
                        principalTable: "Gemeenten",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Formulierverzendingen_Gemeente_Tijdstip",
                table: "Formulierverzendingen",
                columns: new[] { "Gemeente", "Tijdstip" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Formulierverzendingen");
        }
    }
}
