using System.Globalization;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Rekenkern;

namespace Socrates.Domain.Tests.Rekenkern;

/// <summary>Builders for the rekenkern's input: ages are on the peildatum (birthdays three months before it).</summary>
internal static class Huishoudens
{
    private static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The Socrates defaults (art. 27: 10 % / 20 %; art. 18 lid 2: 5 / 30 / 100 %), as seeded for every member.</summary>
    public static GemeenteInstellingen Regels { get; } = GemeenteInstellingen.Standaard(Leden.Rotterdam, new DateOnly(2025, 1, 1));

    public static DateOnly Geboren(int leeftijd, DateOnly peildatum) => peildatum.AddYears(-leeftijd).AddMonths(-3);

    public static Huishouden Alleenstaande(int leeftijd, DateOnly peildatum, bool inInrichting = false) =>
        new() { Aanvrager = new Aanvrager(Geboren(leeftijd, peildatum), inInrichting) };

    public static Huishouden Gehuwden(
        int leeftijd, int partnerLeeftijd, DateOnly peildatum, bool partnerHeeftRecht = true, bool beidenInInrichting = false) =>
        new()
        {
            Aanvrager = new Aanvrager(Geboren(leeftijd, peildatum), beidenInInrichting),
            Partner = new Partner(Geboren(partnerLeeftijd, peildatum), beidenInInrichting, partnerHeeftRecht),
        };

    public static IReadOnlyList<DateOnly> Kind(int leeftijd, DateOnly peildatum) => [Geboren(leeftijd, peildatum)];

    /// <summary>A housemate of 27+ who counts (art. 19a lid 1: family, no student, no commercial contract).</summary>
    public static Medebewoner Kostendeler(int leeftijd, DateOnly peildatum) =>
        new("medebewoner", Geboren(leeftijd, peildatum), true, false, false);

    public static IReadOnlyList<Medebewoner> Kostendelers(int aantal, DateOnly peildatum) =>
        [.. Enumerable.Range(0, aantal).Select(i => Kostendeler(30 + i, peildatum))];

    public static Inkomstenregel Arbeid(string euro, Gezinslid van = Gezinslid.Aanvrager) => new(van, Inkomstensoort.Arbeid, E(euro));

    public static Inkomstenregel Uitkering(string euro, Gezinslid van = Gezinslid.Aanvrager) => new(van, Inkomstensoort.Uitkering, E(euro));

    /// <summary>An amount written the Dutch way, as in the reference tables: "1.401,50".</summary>
    public static Bedrag E(string euro) => Bedrag.Euro(decimal.Parse(euro, NumberStyles.Number, Nederlands));

    /// <summary>The national figures Socrates shipped with: every domain test calculates with them.</summary>
    public static LandelijkeNormen Landelijk => LandelijkeBedragen.Startset;

    public static Berekening Bereken(Huishouden huishouden, DateOnly peildatum) =>
        Domain.Rekenkern.Rekenkern.Bereken(huishouden, peildatum, Regels, Landelijk);

    public static Berekeningsregel Regel(this Berekening berekening, string artikel) =>
        Assert.Single(berekening.Regels, r => r.Artikel == $"art. {artikel} Participatiewet");

    public static bool HeeftRegel(this Berekening berekening, string artikel) =>
        berekening.Regels.Any(r => r.Artikel == $"art. {artikel} Participatiewet");
}
