using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Terugvorderingen;

/// <summary>
/// Art. 18a Participatiewet: a boete for breaching the inlichtingenplicht of at most the benadelingsbedrag (lid 1–2):
/// 100 / 75 / 50 / 25 % by verwijtbaarheid (Boetebesluit art. 2a), raised by half on recidive to at most 150 % (lid 5–6),
/// and never above the 5th fine category with opzet, or the 3rd otherwise (lid 1, art. 23 lid 4 Sr).
/// </summary>
public static class BestuurlijkeBoete
{
    /// <summary>
    /// The fine categories, effective-dated. 2026 values were not found (domain reference §7.6): add each indexation as a row.
    /// </summary>
    public static Tijdreeks<Boetecategorieen> Categorieen { get; } = new(
    [
        (new DateOnly(2018, 1, 1), new Boetecategorieen(Bedrag.Euro(8_300), Bedrag.Euro(83_000), "Stb. 2017, 433")),
        (new DateOnly(2020, 1, 1), new Boetecategorieen(Bedrag.Euro(8_700), Bedrag.Euro(87_000), "Indexering 2020 (beleidsregels handhaving Amsterdam 2021)")),
    ]);

    public static Percentage PercentageVan(Verwijtbaarheid verwijtbaarheid) => verwijtbaarheid switch
    {
        Verwijtbaarheid.Opzet => Percentage.Van(100),
        Verwijtbaarheid.GroveSchuld => Percentage.Van(75),
        Verwijtbaarheid.Normaal => Percentage.Van(50),
        Verwijtbaarheid.Verminderd => Percentage.Van(25),
        _ => throw new ArgumentOutOfRangeException(nameof(verwijtbaarheid)),
    };

    public static Boeteberekening Bereken(Bedrag benadelingsbedrag, Verwijtbaarheid verwijtbaarheid, bool recidive, DateOnly besluitdatum)
    {
        if (benadelingsbedrag <= Bedrag.Nul)
        {
            throw new DomeinregelException("Een boete op een terugvordering vraagt een benadelingsbedrag boven € 0,00 (art. 18a lid 2 Participatiewet).");
        }

        var basis = PercentageVan(verwijtbaarheid);
        var percentage = recidive ? new Percentage(basis.Basispunten * 3 / 2) : basis;
        var voorMaximum = benadelingsbedrag.Maal(percentage);
        var rij = Categorieen.Op(besluitdatum);
        var maximum = verwijtbaarheid == Verwijtbaarheid.Opzet ? rij.Vijfde : rij.Derde;
        var boete = Bedrag.Min(voorMaximum, maximum);
        var toelichting = new List<string>
        {
            $"Benadelingsbedrag {benadelingsbedrag} (art. 18a lid 2 Participatiewet).",
            $"Verwijtbaarheid {Omschrijving(verwijtbaarheid)}: {basis} van het benadelingsbedrag (Boetebesluit socialezekerheidswetten, art. 2a).",
        };
        if (recidive)
        {
            toelichting.Add($"Recidive: het percentage wordt met de helft verhoogd tot {percentage} (art. 18a lid 5 Participatiewet).");
        }

        toelichting.Add($"{percentage} van {benadelingsbedrag} = {voorMaximum}.");
        toelichting.Add(voorMaximum > maximum
            ? $"Begrensd op de {(verwijtbaarheid == Verwijtbaarheid.Opzet ? "vijfde" : "derde")} boetecategorie: {maximum} ({rij.Bron}; art. 18a lid 1 Participatiewet)."
            : $"Onder het maximum van de {(verwijtbaarheid == Verwijtbaarheid.Opzet ? "vijfde" : "derde")} boetecategorie ({maximum}; {rij.Bron}).");
        return new Boeteberekening(benadelingsbedrag, percentage, voorMaximum, maximum, boete, toelichting);
    }

    public static string Omschrijving(Verwijtbaarheid verwijtbaarheid) => verwijtbaarheid switch
    {
        Verwijtbaarheid.Opzet => "opzet",
        Verwijtbaarheid.GroveSchuld => "grove schuld",
        Verwijtbaarheid.Normaal => "normale verwijtbaarheid",
        Verwijtbaarheid.Verminderd => "verminderde verwijtbaarheid",
        _ => throw new ArgumentOutOfRangeException(nameof(verwijtbaarheid)),
    };
}
