using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Geld;

namespace Socrates.Domain.Toekenningen;

/// <summary>
/// Recalculates every calendar month from the date a change starts up to and including the current month: per month
/// the amount to pay under the running toekenning and under the changed situation. In the first month, when the
/// change starts after the 1st, both amounts count naar rato of the calendar days (Socrates decision, see
/// docs/wijzigingen.md), and when the bijstand itself began in that month only its days from the ingangsdatum count
/// (art. 45 lid 3 Participatiewet); every later month is recalculated whole, with the norms and rules of that month.
/// </summary>
public static class Herberekening
{
    /// <summary>No herberekening reaches back further than five years (the verjaring of Awb 4:104 and art. 58 lid 6).</summary>
    public const int MaximumMaanden = 60;

    public static IReadOnlyList<HerberekeningMaand> Maak(
        DateOnly ingangsdatum, DateOnly wijzigingsdatum, DateOnly vandaag, Func<DateOnly, Bedrag> oud, Func<DateOnly, Bedrag> nieuw)
    {
        ArgumentNullException.ThrowIfNull(oud);
        ArgumentNullException.ThrowIfNull(nieuw);
        if (wijzigingsdatum < ingangsdatum)
        {
            throw new DomeinregelException($"De wijziging kan niet ingaan vóór de ingangsdatum van de toekenning ({ingangsdatum:dd-MM-yyyy}).");
        }

        if (wijzigingsdatum > vandaag)
        {
            throw new DomeinregelException("De datum van de wijziging kan niet in de toekomst liggen.");
        }

        var eerste = new DateOnly(wijzigingsdatum.Year, wijzigingsdatum.Month, 1);
        var laatste = new DateOnly(vandaag.Year, vandaag.Month, 1);
        if ((laatste.Year - eerste.Year) * 12 + laatste.Month - eerste.Month >= MaximumMaanden)
        {
            throw new DomeinregelException($"Een herberekening gaat hoogstens {MaximumMaanden} maanden terug.");
        }

        var maanden = new List<HerberekeningMaand>();
        for (var maand = eerste; maand <= laatste; maand = maand.AddMonths(1))
        {
            var dagen = DateTime.DaysInMonth(maand.Year, maand.Month);
            var dagenNieuw = maand == eerste ? dagen - wijzigingsdatum.Day + 1 : dagen;
            var vanaf = maand.Year == ingangsdatum.Year && maand.Month == ingangsdatum.Month ? ingangsdatum.Day : 1;
            var dagenOud = dagen - dagenNieuw - (vanaf - 1);
            var o = oud(maand);
            var n = nieuw(maand);
            maanden.Add(new HerberekeningMaand(
                maand, NaarRato(o, dagenOud + dagenNieuw, dagen), NaarRato(o, dagenOud, dagen) + NaarRato(n, dagenNieuw, dagen), dagenOud, dagenNieuw, dagen));
        }

        return maanden;
    }

    /// <summary>The same day split as the betaalrun's (<see cref="Betalingen.Betaalregel.NaarRato"/>): one rule, one rounding.</summary>
    private static Bedrag NaarRato(Bedrag bedrag, int dagen, int dagenInMaand) => Betalingen.Betaalregel.NaarRato(bedrag, dagen, dagenInMaand);

    /// <summary>The sum of the months that pay more than before.</summary>
    public static Bedrag Nabetaling(IEnumerable<HerberekeningMaand> maanden) =>
        maanden.Where(m => m.Verschil > Bedrag.Nul).Aggregate(Bedrag.Nul, (som, m) => som + m.Verschil);

    /// <summary>The sum of what was paid too much, as a positive amount.</summary>
    public static Bedrag TeveelBetaald(IEnumerable<HerberekeningMaand> maanden) =>
        maanden.Where(m => m.Verschil < Bedrag.Nul).Aggregate(Bedrag.Nul, (som, m) => som - m.Verschil);
}
