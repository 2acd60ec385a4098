using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Rekenkern;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Domain.Tests.Terugvorderingen;

/// <summary>Builders for claims in the tests: proposed by "consulent" in Amsterdam on the default rules, decided by "teamleider".</summary>
internal static class Vorderingen
{
    public static readonly DateOnly Vandaag = new(2026, 11, 26);
    public static readonly DateOnly Ingang = new(2025, 6, 1);
    public static readonly DateOnly Geboren = new(1980, 5, 1);
    public static readonly DateTime Nu = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);
    public static readonly Geadresseerde Aan = new("Jan Jansen", "Geachte heer/mevrouw Jansen,", "Dorpsstraat 1", "1011 AB  AMSTERDAM");

    public static GemeenteInstellingen Regels { get; } = GemeenteInstellingen.Standaard(Leden.Amsterdam, new DateOnly(2025, 1, 1));

    public static Terugvordering Voorgesteld(Terugvorderingsgrond grond, params (int Jaar, int Maand, decimal Euro)[] maanden) =>
        Terugvordering.Voorstellen(Leden.Amsterdam.Code, 1, 1, Ingang, null, grond,
            [.. maanden.Select(m => (new DateOnly(m.Jaar, m.Maand, 1), Bedrag.Euro(m.Euro)))], "Inkomsten uit werk niet gemeld.", null, Geboren,
            Regels, LandelijkeBedragen.Startset, "consulent", Vandaag);

    /// <summary>A lid-2a claim of the given amount (one month), approved by a team lead: saldo = amount.</summary>
    public static Terugvordering Vastgesteld(decimal euro = 1_000m, Terugvorderingsgrond grond = Terugvorderingsgrond.Lid2aAnderszinsTeHoog)
    {
        var vordering = Voorgesteld(grond, (2026, 3, euro));
        vordering.Goedkeuren("teamleider", Leden.Amsterdam.Briefhoofd, Aan, null, Vandaag, Nu);
        return vordering;
    }
}
