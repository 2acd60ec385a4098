using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Betaalgrootboek : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Betalingen_Gemeente_Maand_ToekenningId",
                table: "Betalingen");

            // Hand edit: the snapshot's old "was" is what the new column "Betaald" holds for a month before the overgang
            // (docs/betalingen.md), so the column is renamed, not replaced.
            migrationBuilder.RenameColumn(
                name: "Oud",
                table: "AanvraagHerberekening",
                newName: "Betaald");

            migrationBuilder.AddColumn<DateOnly>(
                name: "BeeindigdOp",
                table: "Toekenningen",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Overgangsmaand",
                table: "Gemeenten",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Betreft",
                table: "Betalingen",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Hand edit: every existing line is a month's own payment of its run month.
            migrationBuilder.Sql("UPDATE [Betalingen] SET [Betreft] = [Maand]");

            migrationBuilder.AddColumn<string>(
                name: "Soort",
                table: "Betalingen",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Maandbetaling");

            migrationBuilder.AddColumn<long>(
                name: "VakantietoeslagSaldo",
                table: "Betalingen",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "VakantietoeslagUitbetaald",
                table: "AanvraagHerberekening",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "AanvraagHerberekening",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "VoorOvergang");

            migrationBuilder.AddColumn<long>(
                name: "VakantietoeslagGereserveerd",
                table: "AanvraagHerberekening",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "VakantietoeslagNieuw",
                table: "AanvraagHerberekening",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.UpdateData(
                table: "Gemeenten",
                keyColumn: "Code",
                keyValue: "GM0344",
                column: "Overgangsmaand",
                value: null);

            migrationBuilder.UpdateData(
                table: "Gemeenten",
                keyColumn: "Code",
                keyValue: "GM0363",
                column: "Overgangsmaand",
                value: null);

            migrationBuilder.UpdateData(
                table: "Gemeenten",
                keyColumn: "Code",
                keyValue: "GM0518",
                column: "Overgangsmaand",
                value: null);

            migrationBuilder.UpdateData(
                table: "Gemeenten",
                keyColumn: "Code",
                keyValue: "GM0599",
                column: "Overgangsmaand",
                value: null);

            migrationBuilder.CreateIndex(
                name: "IX_Betalingen_Gemeente_Maand_ToekenningId_Betreft_Soort",
                table: "Betalingen",
                columns: new[] { "Gemeente", "Maand", "ToekenningId", "Betreft", "Soort" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Betalingen_Gemeente_Maand_ToekenningId_Betreft_Soort",
                table: "Betalingen");

            migrationBuilder.DropColumn(
                name: "BeeindigdOp",
                table: "Toekenningen");

            migrationBuilder.DropColumn(
                name: "Overgangsmaand",
                table: "Gemeenten");

            migrationBuilder.DropColumn(
                name: "Betreft",
                table: "Betalingen");

            migrationBuilder.DropColumn(
                name: "Soort",
                table: "Betalingen");

            migrationBuilder.DropColumn(
                name: "VakantietoeslagSaldo",
                table: "Betalingen");

            migrationBuilder.DropColumn(
                name: "VakantietoeslagUitbetaald",
                table: "AanvraagHerberekening");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "AanvraagHerberekening");

            migrationBuilder.DropColumn(
                name: "VakantietoeslagGereserveerd",
                table: "AanvraagHerberekening");

            migrationBuilder.DropColumn(
                name: "VakantietoeslagNieuw",
                table: "AanvraagHerberekening");

            migrationBuilder.RenameColumn(
                name: "Betaald",
                table: "AanvraagHerberekening",
                newName: "Oud");

            migrationBuilder.CreateIndex(
                name: "IX_Betalingen_Gemeente_Maand_ToekenningId",
                table: "Betalingen",
                columns: new[] { "Gemeente", "Maand", "ToekenningId" },
                unique: true);
        }
    }
}
