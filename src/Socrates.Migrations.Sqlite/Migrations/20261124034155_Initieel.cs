using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Socrates.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initieel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GemeenteInstellingen_GM0344",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GeldigVanaf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VastgesteldDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VastgesteldOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    VierOgenToekenning = table.Column<bool>(type: "INTEGER", nullable: false),
                    VierOgenAfwijzing = table.Column<bool>(type: "INTEGER", nullable: false),
                    VierOgenBuitenBehandeling = table.Column<bool>(type: "INTEGER", nullable: false),
                    VierOgenTerugvordering = table.Column<bool>(type: "INTEGER", nullable: false),
                    VierOgenVanafBedrag = table.Column<long>(type: "INTEGER", nullable: false),
                    VierOgenInstellingen = table.Column<bool>(type: "INTEGER", nullable: false),
                    SignaleringsdagenBeslistermijn = table.Column<int>(type: "INTEGER", nullable: false),
                    IngangsdatumJongeren = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MaatregelPercentageCategorie1 = table.Column<int>(type: "INTEGER", nullable: false),
                    MaatregelPercentageCategorie2 = table.Column<int>(type: "INTEGER", nullable: false),
                    MaatregelPercentageCategorie3 = table.Column<int>(type: "INTEGER", nullable: false),
                    WoonkostenverlagingPercentage = table.Column<int>(type: "INTEGER", nullable: false),
                    WoonkostenverlagingDakloosPercentage = table.Column<int>(type: "INTEGER", nullable: false),
                    TerugvorderingMinimum = table.Column<long>(type: "INTEGER", nullable: false),
                    BrutoTerugvorderingVanaf = table.Column<long>(type: "INTEGER", nullable: false),
                    BeslagvrijeVoetPercentage = table.Column<int>(type: "INTEGER", nullable: false),
                    BeslagvrijeVoetGrondslag = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AflossingPercentageNorm = table.Column<int>(type: "INTEGER", nullable: false),
                    AflossingPercentageInkomenBovenNorm = table.Column<int>(type: "INTEGER", nullable: false),
                    VakantietoeslagUitbetaalmaand = table.Column<int>(type: "INTEGER", nullable: false),
                    BriefNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BriefBezoekadres = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BriefPostadres = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BriefTelefoon = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    BriefWebsite = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OndertekenaarNaam = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OndertekenaarFunctie = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GemeenteInstellingen_GM0344", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GemeenteInstellingen_GM0363",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GeldigVanaf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VastgesteldDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VastgesteldOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    VierOgenToekenning = table.Column<bool>(type: "INTEGER", nullable: false),
                    VierOgenAfwijzing = table.Column<bool>(type: "INTEGER", nullable: false),
                    VierOgenBuitenBehandeling = table.Column<bool>(type: "INTEGER", nullable: false),
                    VierOgenTerugvordering = table.Column<bool>(type: "INTEGER", nullable: false),
                    VierOgenVanafBedrag = table.Column<long>(type: "INTEGER", nullable: false),
                    VierOgenInstellingen = table.Column<bool>(type: "INTEGER", nullable: false),
                    SignaleringsdagenBeslistermijn = table.Column<int>(type: "INTEGER", nullable: false),
                    IngangsdatumJongeren = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MaatregelPercentageCategorie1 = table.Column<int>(type: "INTEGER", nullable: false),
                    MaatregelPercentageCategorie2 = table.Column<int>(type: "INTEGER", nullable: false),
                    MaatregelPercentageCategorie3 = table.Column<int>(type: "INTEGER", nullable: false),
                    WoonkostenverlagingPercentage = table.Column<int>(type: "INTEGER", nullable: false),
                    WoonkostenverlagingDakloosPercentage = table.Column<int>(type: "INTEGER", nullable: false),
                    TerugvorderingMinimum = table.Column<long>(type: "INTEGER", nullable: false),
                    BrutoTerugvorderingVanaf = table.Column<long>(type: "INTEGER", nullable: false),
                    BeslagvrijeVoetPercentage = table.Column<int>(type: "INTEGER", nullable: false),
                    BeslagvrijeVoetGrondslag = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AflossingPercentageNorm = table.Column<int>(type: "INTEGER", nullable: false),
                    AflossingPercentageInkomenBovenNorm = table.Column<int>(type: "INTEGER", nullable: false),
                    VakantietoeslagUitbetaalmaand = table.Column<int>(type: "INTEGER", nullable: false),
                    BriefNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BriefBezoekadres = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BriefPostadres = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BriefTelefoon = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    BriefWebsite = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OndertekenaarNaam = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OndertekenaarFunctie = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GemeenteInstellingen_GM0363", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GemeenteInstellingen_GM0518",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GeldigVanaf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VastgesteldDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VastgesteldOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    VierOgenToekenning = table.Column<bool>(type: "INTEGER", nullable: false),
                    VierOgenAfwijzing = table.Column<bool>(type: "INTEGER", nullable: false),
                    VierOgenBuitenBehandeling = table.Column<bool>(type: "INTEGER", nullable: false),
                    VierOgenTerugvordering = table.Column<bool>(type: "INTEGER", nullable: false),
                    VierOgenVanafBedrag = table.Column<long>(type: "INTEGER", nullable: false),
                    VierOgenInstellingen = table.Column<bool>(type: "INTEGER", nullable: false),
                    SignaleringsdagenBeslistermijn = table.Column<int>(type: "INTEGER", nullable: false),
                    IngangsdatumJongeren = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MaatregelPercentageCategorie1 = table.Column<int>(type: "INTEGER", nullable: false),
                    MaatregelPercentageCategorie2 = table.Column<int>(type: "INTEGER", nullable: false),
                    MaatregelPercentageCategorie3 = table.Column<int>(type: "INTEGER", nullable: false),
                    WoonkostenverlagingPercentage = table.Column<int>(type: "INTEGER", nullable: false),
                    WoonkostenverlagingDakloosPercentage = table.Column<int>(type: "INTEGER", nullable: false),
                    TerugvorderingMinimum = table.Column<long>(type: "INTEGER", nullable: false),
                    BrutoTerugvorderingVanaf = table.Column<long>(type: "INTEGER", nullable: false),
                    BeslagvrijeVoetPercentage = table.Column<int>(type: "INTEGER", nullable: false),
                    BeslagvrijeVoetGrondslag = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AflossingPercentageNorm = table.Column<int>(type: "INTEGER", nullable: false),
                    AflossingPercentageInkomenBovenNorm = table.Column<int>(type: "INTEGER", nullable: false),
                    VakantietoeslagUitbetaalmaand = table.Column<int>(type: "INTEGER", nullable: false),
                    BriefNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BriefBezoekadres = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BriefPostadres = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BriefTelefoon = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    BriefWebsite = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OndertekenaarNaam = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OndertekenaarFunctie = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GemeenteInstellingen_GM0518", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GemeenteInstellingen_GM0599",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GeldigVanaf = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VastgesteldDoor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    VastgesteldOp = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    VierOgenToekenning = table.Column<bool>(type: "INTEGER", nullable: false),
                    VierOgenAfwijzing = table.Column<bool>(type: "INTEGER", nullable: false),
                    VierOgenBuitenBehandeling = table.Column<bool>(type: "INTEGER", nullable: false),
                    VierOgenTerugvordering = table.Column<bool>(type: "INTEGER", nullable: false),
                    VierOgenVanafBedrag = table.Column<long>(type: "INTEGER", nullable: false),
                    VierOgenInstellingen = table.Column<bool>(type: "INTEGER", nullable: false),
                    SignaleringsdagenBeslistermijn = table.Column<int>(type: "INTEGER", nullable: false),
                    IngangsdatumJongeren = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MaatregelPercentageCategorie1 = table.Column<int>(type: "INTEGER", nullable: false),
                    MaatregelPercentageCategorie2 = table.Column<int>(type: "INTEGER", nullable: false),
                    MaatregelPercentageCategorie3 = table.Column<int>(type: "INTEGER", nullable: false),
                    WoonkostenverlagingPercentage = table.Column<int>(type: "INTEGER", nullable: false),
                    WoonkostenverlagingDakloosPercentage = table.Column<int>(type: "INTEGER", nullable: false),
                    TerugvorderingMinimum = table.Column<long>(type: "INTEGER", nullable: false),
                    BrutoTerugvorderingVanaf = table.Column<long>(type: "INTEGER", nullable: false),
                    BeslagvrijeVoetPercentage = table.Column<int>(type: "INTEGER", nullable: false),
                    BeslagvrijeVoetGrondslag = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AflossingPercentageNorm = table.Column<int>(type: "INTEGER", nullable: false),
                    AflossingPercentageInkomenBovenNorm = table.Column<int>(type: "INTEGER", nullable: false),
                    VakantietoeslagUitbetaalmaand = table.Column<int>(type: "INTEGER", nullable: false),
                    BriefNaam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BriefBezoekadres = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BriefPostadres = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BriefTelefoon = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    BriefWebsite = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OndertekenaarNaam = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OndertekenaarFunctie = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GemeenteInstellingen_GM0599", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Gemeenten",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gemeenten", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Gemeente = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUsers_Gemeenten_Gemeente",
                        column: x => x.Gemeente,
                        principalTable: "Gemeenten",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AuditRegels",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Tijdstip = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Gemeente = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    GebruikerId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    Actie = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntiteitType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EntiteitId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Uitkomst = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditRegels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AuditRegels_Gemeenten_Gemeente",
                        column: x => x.Gemeente,
                        principalTable: "Gemeenten",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "AspNetRoles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[,]
                {
                    { "rol-BEHEERDER", "rol-BEHEERDER", "Beheerder", "BEHEERDER" },
                    { "rol-CONSULENT", "rol-CONSULENT", "Consulent", "CONSULENT" },
                    { "rol-TEAMLEIDER", "rol-TEAMLEIDER", "Teamleider", "TEAMLEIDER" }
                });

            migrationBuilder.InsertData(
                table: "GemeenteInstellingen_GM0344",
                columns: new[] { "Id", "AflossingPercentageInkomenBovenNorm", "AflossingPercentageNorm", "BeslagvrijeVoetGrondslag", "BeslagvrijeVoetPercentage", "BriefBezoekadres", "BriefNaam", "BriefPostadres", "BriefTelefoon", "BriefWebsite", "BrutoTerugvorderingVanaf", "GeldigVanaf", "IngangsdatumJongeren", "MaatregelPercentageCategorie1", "MaatregelPercentageCategorie2", "MaatregelPercentageCategorie3", "OndertekenaarFunctie", "OndertekenaarNaam", "SignaleringsdagenBeslistermijn", "TerugvorderingMinimum", "Toelichting", "VakantietoeslagUitbetaalmaand", "VastgesteldDoor", "VastgesteldOp", "VierOgenAfwijzing", "VierOgenBuitenBehandeling", "VierOgenInstellingen", "VierOgenTerugvordering", "VierOgenToekenning", "VierOgenVanafBedrag", "WoonkostenverlagingDakloosPercentage", "WoonkostenverlagingPercentage" },
                values: new object[] { 1, 3500, 500, "NormInclusiefVakantietoeslag", 9000, "Stadsplateau 1, 3521 AZ Utrecht", "Gemeente Utrecht, Werk en Inkomen", "Postbus 16200, 3500 CE Utrecht", "14 030", "www.utrecht.nl", 75000L, new DateOnly(2025, 1, 1), "EindeZoektermijn", 500, 3000, 10000, "Manager Werk en Inkomen", "S. Mulder", 14, 20000L, "Standaardinstellingen van Socrates bij ingebruikname.", 6, "Socrates", new DateTime(2025, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), true, true, false, true, true, 0L, 2000, 1000 });

            migrationBuilder.InsertData(
                table: "GemeenteInstellingen_GM0363",
                columns: new[] { "Id", "AflossingPercentageInkomenBovenNorm", "AflossingPercentageNorm", "BeslagvrijeVoetGrondslag", "BeslagvrijeVoetPercentage", "BriefBezoekadres", "BriefNaam", "BriefPostadres", "BriefTelefoon", "BriefWebsite", "BrutoTerugvorderingVanaf", "GeldigVanaf", "IngangsdatumJongeren", "MaatregelPercentageCategorie1", "MaatregelPercentageCategorie2", "MaatregelPercentageCategorie3", "OndertekenaarFunctie", "OndertekenaarNaam", "SignaleringsdagenBeslistermijn", "TerugvorderingMinimum", "Toelichting", "VakantietoeslagUitbetaalmaand", "VastgesteldDoor", "VastgesteldOp", "VierOgenAfwijzing", "VierOgenBuitenBehandeling", "VierOgenInstellingen", "VierOgenTerugvordering", "VierOgenToekenning", "VierOgenVanafBedrag", "WoonkostenverlagingDakloosPercentage", "WoonkostenverlagingPercentage" },
                values: new object[] { 1, 3500, 500, "NormInclusiefVakantietoeslag", 9000, "Amstel 1, 1011 PN Amsterdam", "Gemeente Amsterdam, Werk, Participatie en Inkomen", "Postbus 202, 1000 AE Amsterdam", "14 020", "www.amsterdam.nl", 75000L, new DateOnly(2025, 1, 1), "EindeZoektermijn", 500, 3000, 10000, "Afdelingsmanager Inkomen", "M. de Wit", 14, 20000L, "Standaardinstellingen van Socrates bij ingebruikname.", 6, "Socrates", new DateTime(2025, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), true, true, false, true, true, 0L, 2000, 1000 });

            migrationBuilder.InsertData(
                table: "GemeenteInstellingen_GM0518",
                columns: new[] { "Id", "AflossingPercentageInkomenBovenNorm", "AflossingPercentageNorm", "BeslagvrijeVoetGrondslag", "BeslagvrijeVoetPercentage", "BriefBezoekadres", "BriefNaam", "BriefPostadres", "BriefTelefoon", "BriefWebsite", "BrutoTerugvorderingVanaf", "GeldigVanaf", "IngangsdatumJongeren", "MaatregelPercentageCategorie1", "MaatregelPercentageCategorie2", "MaatregelPercentageCategorie3", "OndertekenaarFunctie", "OndertekenaarNaam", "SignaleringsdagenBeslistermijn", "TerugvorderingMinimum", "Toelichting", "VakantietoeslagUitbetaalmaand", "VastgesteldDoor", "VastgesteldOp", "VierOgenAfwijzing", "VierOgenBuitenBehandeling", "VierOgenInstellingen", "VierOgenTerugvordering", "VierOgenToekenning", "VierOgenVanafBedrag", "WoonkostenverlagingDakloosPercentage", "WoonkostenverlagingPercentage" },
                values: new object[] { 1, 3500, 500, "NormInclusiefVakantietoeslag", 9000, "Spui 70, 2511 BT Den Haag", "Gemeente Den Haag, Dienst Sociale Zaken en Werkgelegenheid", "Postbus 12600, 2500 DJ Den Haag", "14 070", "www.denhaag.nl", 75000L, new DateOnly(2025, 1, 1), "EindeZoektermijn", 500, 3000, 10000, "Hoofd Inkomensvoorziening", "H. Visser", 14, 20000L, "Standaardinstellingen van Socrates bij ingebruikname.", 6, "Socrates", new DateTime(2025, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), true, true, false, true, true, 0L, 2000, 1000 });

            migrationBuilder.InsertData(
                table: "GemeenteInstellingen_GM0599",
                columns: new[] { "Id", "AflossingPercentageInkomenBovenNorm", "AflossingPercentageNorm", "BeslagvrijeVoetGrondslag", "BeslagvrijeVoetPercentage", "BriefBezoekadres", "BriefNaam", "BriefPostadres", "BriefTelefoon", "BriefWebsite", "BrutoTerugvorderingVanaf", "GeldigVanaf", "IngangsdatumJongeren", "MaatregelPercentageCategorie1", "MaatregelPercentageCategorie2", "MaatregelPercentageCategorie3", "OndertekenaarFunctie", "OndertekenaarNaam", "SignaleringsdagenBeslistermijn", "TerugvorderingMinimum", "Toelichting", "VakantietoeslagUitbetaalmaand", "VastgesteldDoor", "VastgesteldOp", "VierOgenAfwijzing", "VierOgenBuitenBehandeling", "VierOgenInstellingen", "VierOgenTerugvordering", "VierOgenToekenning", "VierOgenVanafBedrag", "WoonkostenverlagingDakloosPercentage", "WoonkostenverlagingPercentage" },
                values: new object[] { 1, 3500, 500, "NormInclusiefVakantietoeslag", 9000, "Coolsingel 40, 3011 AD Rotterdam", "Gemeente Rotterdam, Werk en Inkomen", "Postbus 70012, 3000 KP Rotterdam", "14 010", "www.rotterdam.nl", 75000L, new DateOnly(2025, 1, 1), "EindeZoektermijn", 500, 3000, 10000, "Directeur Werk en Inkomen", "R. Bakker", 14, 20000L, "Standaardinstellingen van Socrates bij ingebruikname.", 6, "Socrates", new DateTime(2025, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), true, true, false, true, true, 0L, 2000, 1000 });

            migrationBuilder.InsertData(
                table: "Gemeenten",
                columns: new[] { "Code", "Naam", "Versie" },
                values: new object[,]
                {
                    { "GM0344", "Utrecht", 0 },
                    { "GM0363", "Amsterdam", 0 },
                    { "GM0518", "'s-Gravenhage", 0 },
                    { "GM0599", "Rotterdam", 0 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_Gemeente",
                table: "AspNetUsers",
                column: "Gemeente");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditRegels_Gemeente_EntiteitType_EntiteitId",
                table: "AuditRegels",
                columns: new[] { "Gemeente", "EntiteitType", "EntiteitId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditRegels_Gemeente_Tijdstip",
                table: "AuditRegels",
                columns: new[] { "Gemeente", "Tijdstip" });

            migrationBuilder.CreateIndex(
                name: "IX_GemeenteInstellingen_GM0344_GeldigVanaf",
                table: "GemeenteInstellingen_GM0344",
                column: "GeldigVanaf");

            migrationBuilder.CreateIndex(
                name: "IX_GemeenteInstellingen_GM0363_GeldigVanaf",
                table: "GemeenteInstellingen_GM0363",
                column: "GeldigVanaf");

            migrationBuilder.CreateIndex(
                name: "IX_GemeenteInstellingen_GM0518_GeldigVanaf",
                table: "GemeenteInstellingen_GM0518",
                column: "GeldigVanaf");

            migrationBuilder.CreateIndex(
                name: "IX_GemeenteInstellingen_GM0599_GeldigVanaf",
                table: "GemeenteInstellingen_GM0599",
                column: "GeldigVanaf");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditRegels");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "GemeenteInstellingen_GM0344");

            migrationBuilder.DropTable(
                name: "GemeenteInstellingen_GM0363");

            migrationBuilder.DropTable(
                name: "GemeenteInstellingen_GM0518");

            migrationBuilder.DropTable(
                name: "GemeenteInstellingen_GM0599");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Gemeenten");
        }
    }
}
