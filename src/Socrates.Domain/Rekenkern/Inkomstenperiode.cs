using Socrates.Domain.Geld;

namespace Socrates.Domain.Rekenkern;

/// <summary>
/// Income counts in the period to which it relates (art. 32 lid 1 onder b Participatiewet), and the bijstand is fixed per
/// calendar month (art. 45 lid 1), or over the part of the month in which the bijstand runs (art. 45 lid 3). A monthly
/// net income that starts or ends inside that period counts for its days in it: what was received for that period.
/// Socrates decision (docs/bereken.md): the monthly amount × the income's days in the period / the period's days,
/// rounded half away from zero once.
/// </summary>
public static class Inkomstenperiode
{
    /// <summary>
    /// The part of <paramref name="perMaand"/> for the period from <paramref name="periodeVan"/> to <paramref name="periodeTot"/>
    /// (within one calendar month), with the income's days in it and the period's days.
    /// </summary>
    public static (Bedrag Bedrag, int Dagen, int PeriodeDagen) Deel(
        Bedrag perMaand, DateOnly inkomenVanaf, DateOnly? inkomenTot, DateOnly periodeVan, DateOnly periodeTot)
    {
        var periodeDagen = periodeTot.DayNumber - periodeVan.DayNumber + 1;
        var van = inkomenVanaf > periodeVan ? inkomenVanaf : periodeVan;
        var tot = inkomenTot is { } t && t < periodeTot ? t : periodeTot;
        var dagen = Math.Max(0, tot.DayNumber - van.DayNumber + 1);
        if (periodeDagen <= 0 || dagen == 0)
        {
            return (Bedrag.Nul, 0, Math.Max(0, periodeDagen));
        }

        return dagen == periodeDagen
            ? (perMaand, dagen, periodeDagen)
            : (new Bedrag(checked((long)Math.Round((decimal)perMaand.Centen * dagen / periodeDagen, MidpointRounding.AwayFromZero))), dagen, periodeDagen);
    }
}
