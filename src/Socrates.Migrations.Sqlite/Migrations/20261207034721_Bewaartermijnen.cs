using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Bewaartermijnen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Bewaartermijnverlengingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Gemeente = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    PersoonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Tot = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reden = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Door = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Op = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bewaartermijnverlengingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bewaartermijnverlengingen_Gemeenten_Gemeente",
                        column: x => x.Gemeente,
                        principalTable: "Gemeenten",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bewaartermijnverlengingen_Personen_PersoonId",
                        column: x => x.PersoonId,
                        principalTable: "Personen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Vernietigingslijsten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Gemeente = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Categorie = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Termijn = table.Column<int>(type: "INTEGER", nullable: false),
                    OpgesteldDoor = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    OpgesteldOp = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GoedgekeurdDoor = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    GoedgekeurdOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vernietigingslijsten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Vernietigingslijsten_Gemeenten_Gemeente",
                        column: x => x.Gemeente,
                        principalTable: "Gemeenten",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VernietigdeDossiers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Gemeente = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    PersoonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Categorie = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Termijn = table.Column<int>(type: "INTEGER", nullable: false),
                    Vernietigingsdatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VernietigdOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VernietigingslijstId = table.Column<int>(type: "INTEGER", nullable: false),
                    OpgesteldDoor = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    GoedgekeurdDoor = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Rol = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VernietigdeDossiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VernietigdeDossiers_Gemeenten_Gemeente",
                        column: x => x.Gemeente,
                        principalTable: "Gemeenten",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VernietigdeDossiers_Personen_PersoonId",
                        column: x => x.PersoonId,
                        principalTable: "Personen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VernietigdeDossiers_Vernietigingslijsten_VernietigingslijstId",
                        column: x => x.VernietigingslijstId,
                        principalTable: "Vernietigingslijsten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VernietigingslijstRegels",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersoonId = table.Column<int>(type: "INTEGER", nullable: false),
                    Vernietigingsdatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VernietigdOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    VernietigdDossierId = table.Column<int>(type: "INTEGER", nullable: true),
                    OvergeslagenReden = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    VernietigingslijstId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VernietigingslijstRegels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VernietigingslijstRegels_Personen_PersoonId",
                        column: x => x.PersoonId,
                        principalTable: "Personen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VernietigingslijstRegels_Vernietigingslijsten_VernietigingslijstId",
                        column: x => x.VernietigingslijstId,
                        principalTable: "Vernietigingslijsten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Bewaartermijnverlengingen_Gemeente_PersoonId_Tot",
                table: "Bewaartermijnverlengingen",
                columns: new[] { "Gemeente", "PersoonId", "Tot" });

            migrationBuilder.CreateIndex(
                name: "IX_Bewaartermijnverlengingen_PersoonId",
                table: "Bewaartermijnverlengingen",
                column: "PersoonId");

            migrationBuilder.CreateIndex(
                name: "IX_VernietigdeDossiers_Gemeente_VernietigdOp",
                table: "VernietigdeDossiers",
                columns: new[] { "Gemeente", "VernietigdOp" });

            migrationBuilder.CreateIndex(
                name: "IX_VernietigdeDossiers_PersoonId",
                table: "VernietigdeDossiers",
                column: "PersoonId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VernietigdeDossiers_VernietigingslijstId",
                table: "VernietigdeDossiers",
                column: "VernietigingslijstId");

            migrationBuilder.CreateIndex(
                name: "IX_Vernietigingslijsten_Gemeente_Status",
                table: "Vernietigingslijsten",
                columns: new[] { "Gemeente", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_VernietigingslijstRegels_PersoonId",
                table: "VernietigingslijstRegels",
                column: "PersoonId");

            migrationBuilder.CreateIndex(
                name: "IX_VernietigingslijstRegels_VernietigingslijstId",
                table: "VernietigingslijstRegels",
                column: "VernietigingslijstId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Bewaartermijnverlengingen");

            migrationBuilder.DropTable(
                name: "VernietigdeDossiers");

            migrationBuilder.DropTable(
                name: "VernietigingslijstRegels");

            migrationBuilder.DropTable(
                name: "Vernietigingslijsten");
        }
    }
}
