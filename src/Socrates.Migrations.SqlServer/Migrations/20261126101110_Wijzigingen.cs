using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Wijzigingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "Einddatum",
                table: "Toekenningen",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Wijzigingsdatum",
                table: "Beschikkingen",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "BijstandSinds",
                table: "Aanvragen",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "GewijzigdeToekenningId",
                table: "Aanvragen",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Soort",
                table: "Aanvragen",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Aanvraag");

            migrationBuilder.AddColumn<string>(
                name: "WijzigingOmschrijving",
                table: "Aanvragen",
                type: "nvarchar(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Wijzigingsdatum",
                table: "Aanvragen",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Wijzigingsoort",
                table: "Aanvragen",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AanvraagHerberekening",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Maand = table.Column<DateOnly>(type: "date", nullable: false),
                    Oud = table.Column<long>(type: "bigint", nullable: false),
                    Nieuw = table.Column<long>(type: "bigint", nullable: false),
                    DagenOud = table.Column<int>(type: "int", nullable: false),
                    DagenNieuw = table.Column<int>(type: "int", nullable: false),
                    DagenInMaand = table.Column<int>(type: "int", nullable: false),
                    AanvraagId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AanvraagHerberekening", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AanvraagHerberekening_Aanvragen_AanvraagId",
                        column: x => x.AanvraagId,
                        principalTable: "Aanvragen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Aanvragen_Gemeente_GewijzigdeToekenningId",
                table: "Aanvragen",
                columns: new[] { "Gemeente", "GewijzigdeToekenningId" });

            migrationBuilder.CreateIndex(
                name: "IX_Aanvragen_GewijzigdeToekenningId",
                table: "Aanvragen",
                column: "GewijzigdeToekenningId");

            migrationBuilder.CreateIndex(
                name: "IX_AanvraagHerberekening_AanvraagId",
                table: "AanvraagHerberekening",
                column: "AanvraagId");

            migrationBuilder.AddForeignKey(
                name: "FK_Aanvragen_Toekenningen_GewijzigdeToekenningId",
                table: "Aanvragen",
                column: "GewijzigdeToekenningId",
                principalTable: "Toekenningen",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Aanvragen_Toekenningen_GewijzigdeToekenningId",
                table: "Aanvragen");

            migrationBuilder.DropTable(
                name: "AanvraagHerberekening");

            migrationBuilder.DropIndex(
                name: "IX_Aanvragen_Gemeente_GewijzigdeToekenningId",
                table: "Aanvragen");

            migrationBuilder.DropIndex(
                name: "IX_Aanvragen_GewijzigdeToekenningId",
                table: "Aanvragen");

            migrationBuilder.DropColumn(
                name: "Einddatum",
                table: "Toekenningen");

            migrationBuilder.DropColumn(
                name: "Wijzigingsdatum",
                table: "Beschikkingen");

            migrationBuilder.DropColumn(
                name: "BijstandSinds",
                table: "Aanvragen");

            migrationBuilder.DropColumn(
                name: "GewijzigdeToekenningId",
                table: "Aanvragen");

            migrationBuilder.DropColumn(
                name: "Soort",
                table: "Aanvragen");

            migrationBuilder.DropColumn(
                name: "WijzigingOmschrijving",
                table: "Aanvragen");

            migrationBuilder.DropColumn(
                name: "Wijzigingsdatum",
                table: "Aanvragen");

            migrationBuilder.DropColumn(
                name: "Wijzigingsoort",
                table: "Aanvragen");
        }
    }
}
