using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Toekenningen;

namespace Socrates.Domain.Betalingen;

/// <summary>
/// From which month the run of <c>maand</c> looks back on a household (docs/betalingen.md): only when its chain changed.
/// A toekenning that ran in an earlier month but was never paid a month (a new toekenning, a herziening, one activated
/// while a proefrun was open, a first month decided after its run: issue #18.3) from its ingangsdatum; a toekenning whose
/// end was decided on or after the day the last definitive run was started (<c>sinds</c>) from the month it
/// ended. Never before the overgangsmaand, never more than 60 months back (Awb 4:104), never the run month itself.
/// </summary>
public static class Terugblik
{
    public static DateOnly? Vanaf(IEnumerable<Ketenstand> keten, DateOnly maand, DateOnly? overgangsmaand, DateOnly sinds)
    {
        ArgumentNullException.ThrowIfNull(keten);
        var vorige = maand.AddMonths(-1);
        var starts = keten
            .Where(t => !t.HeeftMaandbetaling && t.Ingangsdatum <= maand.AddDays(-1) && (t.Einddatum is null || t.Einddatum >= t.Ingangsdatum))
            .Select(t => Maand.Van(t.Ingangsdatum).Eerste)
            .Concat(keten.Where(t => t.BeeindigdOp >= sinds && t.Einddatum is not null).Select(t => Maand.Van(t.Einddatum!.Value).Eerste))
            .ToList();
        if (starts.Count == 0)
        {
            return null;
        }

        var vanaf = new[] { starts.Min(), overgangsmaand ?? DateOnly.MinValue, maand.AddMonths(-Herberekening.MaximumMaanden) }.Max();
        return vanaf <= vorige ? vanaf : null;
    }

}
