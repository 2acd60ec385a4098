using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Socrates.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TerugbetalingenEnProceskosten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Proceskostenbetalingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Gemeente = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    BetaalrunId = table.Column<int>(type: "int", nullable: false),
                    BezwaarId = table.Column<int>(type: "int", nullable: false),
                    Kenmerk = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    PersoonId = table.Column<int>(type: "int", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Iban = table.Column<string>(type: "nvarchar(34)", maxLength: 34, nullable: true),
                    Bedrag = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Proceskostenbetalingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Proceskostenbetalingen_Betaalruns_BetaalrunId",
                        column: x => x.BetaalrunId,
                        principalTable: "Betaalruns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Terugbetalingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Gemeente = table.Column<string>(type: "nvarchar(6)", maxLength: 6, nullable: false),
                    BetaalrunId = table.Column<int>(type: "int", nullable: false),
                    TerugvorderingId = table.Column<int>(type: "int", nullable: false),
                    Kenmerk = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    DebiteurId = table.Column<int>(type: "int", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Iban = table.Column<string>(type: "nvarchar(34)", maxLength: 34, nullable: true),
                    Bedrag = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Terugbetalingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Terugbetalingen_Betaalruns_BetaalrunId",
                        column: x => x.BetaalrunId,
                        principalTable: "Betaalruns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Terugbetalingen_Terugvorderingen_TerugvorderingId",
                        column: x => x.TerugvorderingId,
                        principalTable: "Terugvorderingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Proceskostenbetalingen_BetaalrunId",
                table: "Proceskostenbetalingen",
                column: "BetaalrunId");

            migrationBuilder.CreateIndex(
                name: "IX_Proceskostenbetalingen_BezwaarId",
                table: "Proceskostenbetalingen",
                column: "BezwaarId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Proceskostenbetalingen_Gemeente_BetaalrunId",
                table: "Proceskostenbetalingen",
                columns: new[] { "Gemeente", "BetaalrunId" });

            migrationBuilder.CreateIndex(
                name: "IX_Terugbetalingen_BetaalrunId_TerugvorderingId",
                table: "Terugbetalingen",
                columns: new[] { "BetaalrunId", "TerugvorderingId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Terugbetalingen_Gemeente_BetaalrunId",
                table: "Terugbetalingen",
                columns: new[] { "Gemeente", "BetaalrunId" });

            migrationBuilder.CreateIndex(
                name: "IX_Terugbetalingen_TerugvorderingId",
                table: "Terugbetalingen",
                column: "TerugvorderingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Proceskostenbetalingen");

            migrationBuilder.DropTable(
                name: "Terugbetalingen");
        }
    }
}
