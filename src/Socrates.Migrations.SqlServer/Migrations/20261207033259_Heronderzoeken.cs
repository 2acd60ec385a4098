using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.SqlServer.Migrations
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
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekMetInkomstenMaanden",
                table: "GemeenteInstellingen_GM0599",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekMetKostendelersMaanden",
                table: "GemeenteInstellingen_GM0599",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekTermijnMaanden",
                table: "GemeenteInstellingen_GM0599",
                type: "int",
                nullable: false,
                defaultValue: 12);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekJongerDan27Maanden",
                table: "GemeenteInstellingen_GM0518",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekMetInkomstenMaanden",
                table: "GemeenteInstellingen_GM0518",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekMetKostendelersMaanden",
                table: "GemeenteInstellingen_GM0518",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekTermijnMaanden",
                table: "GemeenteInstellingen_GM0518",
                type: "int",
                nullable: false,
                defaultValue: 12);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekJongerDan27Maanden",
                table: "GemeenteInstellingen_GM0363",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekMetInkomstenMaanden",
                table: "GemeenteInstellingen_GM0363",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekMetKostendelersMaanden",
                table: "GemeenteInstellingen_GM0363",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekTermijnMaanden",
                table: "GemeenteInstellingen_GM0363",
                type: "int",
                nullable: false,
                defaultValue: 12);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekJongerDan27Maanden",
                table: "GemeenteInstellingen_GM0344",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekMetInkomstenMaanden",
                table: "GemeenteInstellingen_GM0344",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekMetKostendelersMaanden",
                table: "GemeenteInstellingen_GM0344",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "HeronderzoekTermijnMaanden",
                table: "GemeenteInstellingen_GM0344",
                type: "int",
                nullable: false,
                defaultValue: 12);

            migrationBuilder.CreateTable(
                name: "Heronderzoeken",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Gemeente = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    AanvragerId = table.Column<int>(type: "int", nullable: false),
                    ToekenningId = table.Column<int>(type: "int", nullable: false),
                    AanvraagId = table.Column<int>(type: "int", nullable: false),
                    BijstandSinds = table.Column<DateOnly>(type: "date", nullable: false),
                    TermijnVanaf = table.Column<DateOnly>(type: "date", nullable: false),
                    TermijnMaanden = table.Column<int>(type: "int", nullable: false),
                    Profiel = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Vervaldatum = table.Column<DateOnly>(type: "date", nullable: false),
                    GeplandOp = table.Column<DateOnly>(type: "date", nullable: false),
                    ConsulentId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    HuishoudenGecontroleerd = table.Column<bool>(type: "bit", nullable: false),
                    InkomenGecontroleerd = table.Column<bool>(type: "bit", nullable: false),
                    VermogenGecontroleerd = table.Column<bool>(type: "bit", nullable: false),
                    AdresGecontroleerd = table.Column<bool>(type: "bit", nullable: false),
                    Bevindingen = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Uitkomst = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    WijzigingId = table.Column<int>(type: "int", nullable: true),
                    TerugvorderingId = table.Column<int>(type: "int", nullable: true),
                    AfgerondOp = table.Column<DateOnly>(type: "date", nullable: true),
                    AfgerondDoor = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Versie = table.Column<int>(type: "int", nullable: false)
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
