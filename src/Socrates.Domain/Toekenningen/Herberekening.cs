using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Geld;

namespace Socrates.Domain.Toekenningen;

/// <summary>
/// Recalculates every calendar month from the date a change starts up to and including the current month: per month
/// the amount to pay under the running toekenning and under the changed situation. In the first month, when the
/// change starts after the 1st, both amounts count naar rato of the calendar days (Socrates decision, see
/// docs/wijzigingen.md); every later month is recalculated whole, with the norms and rules of that month.
/// </summary>
public static class Herberekening
{
    /// <summary>No herberekening reaches back further than five years (the verjaring of Awb 4:104 and art. 58 lid 6).</summary>
    public const int MaximumMaanden = 60;

    public static IReadOnlyList<HerberekeningMaand> Maak(
        DateOnly wijzigingsdatum, DateOnly vandaag, Func<DateOnly, Bedrag> oud, Func<DateOnly, Bedrag> nieuw)
    {
        ArgumentNullException.ThrowIfNull(oud);
        ArgumentNullException.ThrowIfNull(nieuw);
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
            var o = oud(maand);
            var n = nieuw(maand);
            var gemengd = dagenNieuw == dagen ? n : o.Maal((decimal)(dagen - dagenNieuw) / dagen) + n.Maal((decimal)dagenNieuw / dagen);
            maanden.Add(new HerberekeningMaand(maand, o, gemengd, dagenNieuw, dagen));
        }

        return maanden;
    }

    /// <summary>The sum of the months that pay more than before.</summary>
    public static Bedrag Nabetaling(IEnumerable<HerberekeningMaand> maanden) =>
        maanden.Where(m => m.Verschil > Bedrag.Nul).Aggregate(Bedrag.Nul, (som, m) => som + m.Verschil);

    /// <summary>The sum of what was paid too much, as a positive amount.</summary>
    public static Bedrag TeveelBetaald(IEnumerable<HerberekeningMaand> maanden) =>
        maanden.Where(m => m.Verschil < Bedrag.Nul).Aggregate(Bedrag.Nul, (som, m) => som - m.Verschil);
}
