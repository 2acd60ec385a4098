using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Indexeringen;

/// <summary>
/// One household-month whose recht changed with a new normenset: what it was due on the figures before (<see cref="Was"/>),
/// what it is due now (<see cref="Wordt"/>), what definitive runs actually paid for it (<see cref="Betaald"/>, the truth the
/// correction starts from) and what follows: a <see cref="Nabetaling"/> that the next betaalrun pays by looking back on the
/// household, or an amount paid too much (<see cref="TeveelBetaald"/>). Unique per normenset, toekenning and month, so a
/// resumed or repeated indexering never writes a month twice; <see cref="VerwerktInBetaalrunId"/> records the definitive run
/// that settled it. <see cref="ToekenningId"/> is the household's latest toekenning running in the month.
/// </summary>
public sealed class Indexeringsregel : IGemeenteEigendom
{
    private Indexeringsregel()
    {
    }

    public long Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    public int IndexeringId { get; private set; }

    public int NormensetId { get; private set; }

    public int AanvragerId { get; private set; }

    public int ToekenningId { get; private set; }

    /// <summary>The month concerned (first day).</summary>
    public DateOnly Maand { get; private set; }

    /// <summary>The month's bijstand (incl. vakantietoeslag) and its vakantietoeslag on the old figures, naar rato.</summary>
    public Bedrag WasBijstand { get; private set; }

    public Bedrag WasVakantietoeslag { get; private set; }

    /// <summary>The same on the new figures.</summary>
    public Bedrag WordtBijstand { get; private set; }

    public Bedrag WordtVakantietoeslag { get; private set; }

    public Maanddeel Was => new(WasBijstand, WasVakantietoeslag);

    public Maanddeel Wordt => new(WordtBijstand, WordtVakantietoeslag);

    /// <summary>The maanddeel (bijstand minus the reserved vakantietoeslag) paid for the month by definitive runs.</summary>
    public Bedrag Betaald { get; private set; }

    /// <summary>The ledger's positive difference on the new figures: paid by the next betaalrun.</summary>
    public Bedrag Nabetaling { get; private set; }

    /// <summary>
    /// What the new figures alone made paid too much in the month and is not yet claimed: the fall of the maanddeel, at most
    /// the ledger's open amount (so a difference from another cause, e.g. an unclaimed wijziging, stays out of it).
    /// </summary>
    public Bedrag TeveelBetaald { get; private set; }

    /// <summary>
    /// Of <see cref="TeveelBetaald"/>, what is not recovered because the gemeente's rule says so (the default, docs/normen.md):
    /// the ledger counts it as settled. Zero when the rule says to recover it: then a proposed terugvordering claims it.
    /// </summary>
    public Bedrag Afgezien { get; private set; }

    /// <summary>What the vakantietoeslag reservation moves (paid in the payout month or with the last payment).</summary>
    public Bedrag VakantietoeslagCorrectie { get; private set; }

    public int? VerwerktInBetaalrunId { get; private set; }

    /// <summary>The change of the month's bijstand (incl. vakantietoeslag) by the new figures alone.</summary>
    public Bedrag Verschil => Wordt.Bijstand - Was.Bijstand;

    /// <summary>The household had no bijstand in the month on the old figures and has it on the new ones.</summary>
    public bool RechtOntstaat => Was.Bijstand == Bedrag.Nul && Wordt.Bijstand > Bedrag.Nul;

    /// <summary>The household had bijstand in the month on the old figures and has none on the new ones.</summary>
    public bool RechtVervalt => Was.Bijstand > Bedrag.Nul && Wordt.Bijstand == Bedrag.Nul;

    /// <summary>
    /// The household-months of one household whose recht differs between the old figures (<paramref name="was"/>, per month)
    /// and the new ones (the ledger <paramref name="nieuw"/>, computed on them, with what was paid). A month whose recht did
    /// not change yields nothing, whatever else is open in it: the indexering reports what the figures changed. What the new
    /// figures made paid too much is recovered when <paramref name="terugvorderen"/> (the gemeenteregel), else waived.
    /// </summary>
    public static IEnumerable<Indexeringsregel> Bepaal(
        Indexering indexering, int aanvragerId, Huishoudgrootboek nieuw, IReadOnlyDictionary<DateOnly, Maanddeel> was, Func<DateOnly, int> toekenningVan,
        bool terugvorderen)
    {
        ArgumentNullException.ThrowIfNull(indexering);
        ArgumentNullException.ThrowIfNull(nieuw);
        ArgumentNullException.ThrowIfNull(was);
        ArgumentNullException.ThrowIfNull(toekenningVan);
        foreach (var maand in nieuw.Maanden)
        {
            var oud = was.GetValueOrDefault(maand.Maand, Maanddeel.Nul);
            if (oud == maand.Recht)
            {
                continue;
            }

            var teveel = Bedrag.Min(maand.NogTeVorderen, Bedrag.Max(Bedrag.Nul, oud.Maandbedrag - maand.Recht.Maandbedrag));
            yield return new Indexeringsregel
            {
                Gemeente = indexering.Gemeente, IndexeringId = indexering.Id, NormensetId = indexering.NormensetId, AanvragerId = aanvragerId,
                ToekenningId = toekenningVan(maand.Maand), Maand = maand.Maand, WasBijstand = oud.Bijstand, WasVakantietoeslag = oud.Vakantietoeslag,
                WordtBijstand = maand.Recht.Bijstand, WordtVakantietoeslag = maand.Recht.Vakantietoeslag, Betaald = maand.Betaald,
                Nabetaling = maand.Nabetalen, TeveelBetaald = teveel,
                Afgezien = terugvorderen ? Bedrag.Nul : teveel, VakantietoeslagCorrectie = maand.VakantietoeslagCorrectie,
            };
        }
    }
}
