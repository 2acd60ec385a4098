using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Heronderzoeken : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekJongerDan27Maanden",
                table: "GemeenteInstellingen_GM0599",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekMetInkomstenMaanden",
                table: "GemeenteInstellingen_GM0599",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekMetKostendelersMaanden",
                table: "GemeenteInstellingen_GM0599",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekTermijnMaanden",
                table: "GemeenteInstellingen_GM0599",
                type: "INTEGER",
                nullable: false,
                defaultValue: 12);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekJongerDan27Maanden",
                table: "GemeenteInstellingen_GM0518",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekMetInkomstenMaanden",
                table: "GemeenteInstellingen_GM0518",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekMetKostendelersMaanden",
                table: "GemeenteInstellingen_GM0518",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekTermijnMaanden",
                table: "GemeenteInstellingen_GM0518",
                type: "INTEGER",
                nullable: false,
                defaultValue: 12);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekJongerDan27Maanden",
                table: "GemeenteInstellingen_GM0363",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekMetInkomstenMaanden",
                table: "GemeenteInstellingen_GM0363",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekMetKostendelersMaanden",
                table: "GemeenteInstellingen_GM0363",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekTermijnMaanden",
                table: "GemeenteInstellingen_GM0363",
                type: "INTEGER",
                nullable: false,
                defaultValue: 12);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekJongerDan27Maanden",
                table: "GemeenteInstellingen_GM0344",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekMetInkomstenMaanden",
                table: "GemeenteInstellingen_GM0344",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekMetKostendelersMaanden",
                table: "GemeenteInstellingen_GM0344",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekTermijnMaanden",
                table: "GemeenteInstellingen_GM0344",
                type: "INTEGER",
                nullable: false,
                defaultValue: 12);

            migrationBuilder.CreateTable(
                name: "Heronderzoeken",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Gemeente = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    AanvragerId = table.Column<int>(type: "INTEGER", nullable: false),
                    ToekenningId = table.Column<int>(type: "INTEGER", nullable: false),
                    AanvraagId = table.Column<int>(type: "INTEGER", nullable: false),
                    BijstandSinds = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermijnVanaf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    TermijnMaanden = table.Column<int>(type: "INTEGER", nullable: false),
                    Profiel = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Vervaldatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GeplandOp = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ConsulentId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HuishoudenGecontroleerd = table.Column<bool>(type: "INTEGER", nullable: false),
                    InkomenGecontroleerd = table.Column<bool>(type: "INTEGER", nullable: false),
                    VermogenGecontroleerd = table.Column<bool>(type: "INTEGER", nullable: false),
                    AdresGecontroleerd = table.Column<bool>(type: "INTEGER", nullable: false),
                    Bevindingen = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Uitkomst = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    WijzigingId = table.Column<int>(type: "INTEGER", nullable: true),
                    TerugvorderingId = table.Column<int>(type: "INTEGER", nullable: true),
                    AfgerondOp = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AfgerondDoor = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Heronderzoeken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Heronderzoeken_Gemeenten_Gemeente",
                        column: x => x.Gemeente,
                        principalTable: "Gemeenten",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Heronderzoeken_Personen_AanvragerId",
                        column: x => x.AanvragerId,
                        principalTable: "Personen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Heronderzoeken_Toekenningen_ToekenningId",
                        column: x => x.ToekenningId,
                        principalTable: "Toekenningen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.UpdateData(
                table: "GemeenteInstellingen_GM0344",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "HeronderzoekJongerDan27Maanden", "HeronderzoekMetInkomstenMaanden", "HeronderzoekMetKostendelersMaanden", "HeronderzoekTermijnMaanden" },
                values: new object[] { 0, 0, 0, 12 });

            migrationBuilder.UpdateData(
                table: "GemeenteInstellingen_GM0363",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "HeronderzoekJongerDan27Maanden", "HeronderzoekMetInkomstenMaanden", "HeronderzoekMetKostendelersMaanden", "HeronderzoekTermijnMaanden" },
                values: new object[] { 0, 0, 0, 12 });

            migrationBuilder.UpdateData(
                table: "GemeenteInstellingen_GM0518",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "HeronderzoekJongerDan27Maanden", "HeronderzoekMetInkomstenMaanden", "HeronderzoekMetKostendelersMaanden", "HeronderzoekTermijnMaanden" },
                values: new object[] { 0, 0, 0, 12 });

            migrationBuilder.UpdateData(
                table: "GemeenteInstellingen_GM0599",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "HeronderzoekJongerDan27Maanden", "HeronderzoekMetInkomstenMaanden", "HeronderzoekMetKostendelersMaanden", "HeronderzoekTermijnMaanden" },
                values: new object[] { 0, 0, 0, 12 });

            migrationBuilder.CreateIndex(
                name: "IX_Heronderzoeken_AanvragerId_BijstandSinds_Vervaldatum",
                table: "Heronderzoeken",
                columns: new[] { "AanvragerId", "BijstandSinds", "Vervaldatum" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Heronderzoeken_AanvragerId_Status",
                table: "Heronderzoeken",
                columns: new[] { "AanvragerId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Heronderzoeken_Gemeente_ConsulentId_Status_Vervaldatum",
                table: "Heronderzoeken",
                columns: new[] { "Gemeente", "ConsulentId", "Status", "Vervaldatum" });

            migrationBuilder.CreateIndex(
                name: "IX_Heronderzoeken_Gemeente_Status_Vervaldatum",
                table: "Heronderzoeken",
                columns: new[] { "Gemeente", "Status", "Vervaldatum" });

            migrationBuilder.CreateIndex(
                name: "IX_Heronderzoeken_ToekenningId",
                table: "Heronderzoeken",
                column: "ToekenningId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Heronderzoeken");

            migrationBuilder.DropColumn(
                name: "HeronderzoekJongerDan27Maanden",
                table: "GemeenteInstellingen_GM0599");

            migrationBuilder.DropColumn(
                name: "HeronderzoekMetInkomstenMaanden",
                table: "GemeenteInstellingen_GM0599");

            migrationBuilder.DropColumn(
                name: "HeronderzoekMetKostendelersMaanden",
                table: "GemeenteInstellingen_GM0599");

            migrationBuilder.DropColumn(
                name: "HeronderzoekTermijnMaanden",
                table: "GemeenteInstellingen_GM0599");

            migrationBuilder.DropColumn(
                name: "HeronderzoekJongerDan27Maanden",
                table: "GemeenteInstellingen_GM0518");

            migrationBuilder.DropColumn(
                name: "HeronderzoekMetInkomstenMaanden",
                table: "GemeenteInstellingen_GM0518");

            migrationBuilder.DropColumn(
                name: "HeronderzoekMetKostendelersMaanden",
                table: "GemeenteInstellingen_GM0518");

            migrationBuilder.DropColumn(
                name: "HeronderzoekTermijnMaanden",
                table: "GemeenteInstellingen_GM0518");

            migrationBuilder.DropColumn(
                name: "HeronderzoekJongerDan27Maanden",
                table: "GemeenteInstellingen_GM0363");

            migrationBuilder.DropColumn(
                name: "HeronderzoekMetInkomstenMaanden",
                table: "GemeenteInstellingen_GM0363");

            migrationBuilder.DropColumn(
                name: "HeronderzoekMetKostendelersMaanden",
                table: "GemeenteInstellingen_GM0363");

            migrationBuilder.DropColumn(
                name: "HeronderzoekTermijnMaanden",
                table: "GemeenteInstellingen_GM0363");

            migrationBuilder.DropColumn(
                name: "HeronderzoekJongerDan27Maanden",
                table: "GemeenteInstellingen_GM0344");

            migrationBuilder.DropColumn(
                name: "HeronderzoekMetInkomstenMaanden",
                table: "GemeenteInstellingen_GM0344");

            migrationBuilder.DropColumn(
                name: "HeronderzoekMetKostendelersMaanden",
                table: "GemeenteInstellingen_GM0344");

            migrationBuilder.DropColumn(
                name: "HeronderzoekTermijnMaanden",
                table: "GemeenteInstellingen_GM0344");
        }
    }
}
