using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Terugvorderingen;

/// <summary>
/// Art. 18a Participatiewet: a boete for breaching the inlichtingenplicht of at most the benadelingsbedrag (lid 1–2):
/// 100 / 75 / 50 / 25 % by verwijtbaarheid (Boetebesluit art. 2a), raised by half on recidive to at most 150 % (lid 5–6),
/// and never above the 5th fine category with opzet, or the 3rd otherwise (lid 1, art. 23 lid 4 Sr); without benadeling
/// at most the 2nd (lid 3). The categories are indexed every two years from 1 January (art. 23 lid 9 Sr).
/// </summary>
public static class BestuurlijkeBoete
{
    /// <summary>
    /// The fine categories per indexation, each from its Staatsblad. Only amounts found in a source are rows; the
    /// indexations of 2022, 2024 and 2026 were not found (docs/terugvordering.md): add each as a row, never edit one.
    /// </summary>
    public static Tijdreeks<Boetecategorieen> Categorieen { get; } = new(
    [
        (new DateOnly(2016, 1, 1), new Boetecategorieen(Bedrag.Euro(4_100), Bedrag.Euro(8_200), Bedrag.Euro(82_000), "Stb. 2015, 420")),
        (new DateOnly(2018, 1, 1), new Boetecategorieen(Bedrag.Euro(4_150), Bedrag.Euro(8_300), Bedrag.Euro(83_000), "Stb. 2017, 433")),
        (new DateOnly(2020, 1, 1), new Boetecategorieen(null, Bedrag.Euro(8_700), Bedrag.Euro(87_000),
            "indexering 2020, zoals overgenomen in de Beleidsregels handhaving Amsterdam 2021 (CVDR672805)")),
    ]);

    /// <summary>The first day of the two-year indexation period of <paramref name="datum"/> (1 January of an even year, art. 23 lid 9 Sr).</summary>
    public static DateOnly Indexatieperiode(DateOnly datum) => new(datum.Year % 2 == 0 ? datum.Year : datum.Year - 1, 1, 1);

    public static Percentage PercentageVan(Verwijtbaarheid verwijtbaarheid) => verwijtbaarheid switch
    {
        Verwijtbaarheid.Opzet => Percentage.Van(100),
        Verwijtbaarheid.GroveSchuld => Percentage.Van(75),
        Verwijtbaarheid.Normaal => Percentage.Van(50),
        Verwijtbaarheid.Verminderd => Percentage.Van(25),
        _ => throw new ArgumentOutOfRangeException(nameof(verwijtbaarheid)),
    };

    /// <summary>
    /// The boete on <paramref name="benadelingsbedrag"/>. When the categories of the decision's indexation period are not
    /// in Socrates, a boete at or below the last known maximum is imposed (the categories follow the consumer price index
    /// and are taken not to fall); above it the boete is refused, never capped at a guessed amount.
    /// </summary>
    public static Boeteberekening Bereken(Bedrag benadelingsbedrag, Verwijtbaarheid verwijtbaarheid, bool recidive, DateOnly besluitdatum)
    {
        if (benadelingsbedrag <= Bedrag.Nul)
        {
            throw new DomeinregelException("Een boete op een terugvordering vraagt een benadelingsbedrag boven € 0,00 (art. 18a lid 2 Participatiewet).");
        }

        var basis = PercentageVan(verwijtbaarheid);
        var percentage = recidive ? new Percentage(basis.Basispunten * 3 / 2) : basis;
        var voorMaximum = benadelingsbedrag.Maal(percentage);
        var periode = Indexatieperiode(besluitdatum);
        var rij = Categorieen.Op(besluitdatum);
        var bekend = Categorieen.Rijen.Any(r => r.Ingangsdatum == periode);
        var opzet = verwijtbaarheid == Verwijtbaarheid.Opzet;
        var maximum = opzet ? rij.Vijfde : rij.Derde;
        var categorie = opzet ? "vijfde" : "derde";
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
        if (!bekend)
        {
            if (voorMaximum > maximum)
            {
                throw new DomeinregelException(
                    $"Deze boete ({voorMaximum}) ligt boven het laatst bekende maximum van de {categorie} boetecategorie ({maximum}, {rij.Bron}). " +
                    $"De bedragen van art. 23 lid 4 Wetboek van Strafrecht vanaf {periode:dd-MM-yyyy} zijn niet in Socrates opgenomen; " +
                    "een boete boven dat bedrag kan pas worden opgelegd als ze zijn opgenomen (art. 18a lid 1 Participatiewet).");
            }

            toelichting.Add(
                $"Niet hoger dan het laatst bekende maximum van de {categorie} boetecategorie ({maximum}; {rij.Bron}). De bedragen vanaf " +
                $"{periode:dd-MM-yyyy} zijn niet in Socrates opgenomen; ze volgen de consumentenprijsindex (art. 23 lid 9 Wetboek van Strafrecht) " +
                "en zijn dus niet lager, zodat deze boete er ook onder blijft (art. 18a lid 1 Participatiewet).");
            return new Boeteberekening(benadelingsbedrag, percentage, voorMaximum, maximum, voorMaximum, toelichting);
        }

        var boete = Bedrag.Min(voorMaximum, maximum);
        toelichting.Add(voorMaximum > maximum
            ? $"Begrensd op de {categorie} boetecategorie: {maximum} ({rij.Bron}; art. 18a lid 1 Participatiewet)."
            : $"Onder het maximum van de {categorie} boetecategorie ({maximum}; {rij.Bron}).");
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
