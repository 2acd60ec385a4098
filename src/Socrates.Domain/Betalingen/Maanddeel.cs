using Socrates.Domain.Geld;

namespace Socrates.Domain.Betalingen;

/// <summary>
/// A month's bijstand for the days a toekenning ran in it, split as it is paid: the bijstand naar rato (including
/// vakantietoeslag), the vakantietoeslag of 5 % of that amount (art. 19 lid 3 Participatiewet), reserved, and the rest
/// (the <see cref="Maandbedrag"/>) paid monthly. <see cref="NaarRato"/> is the one rule for a broken month
/// (art. 45 lid 3: pro rata; calendar days, Socrates decision): the betaalrun's line, the ledger's recht and the
/// herberekening all call it, per toekenning and month, so they never differ by a rounding (issue #20.12).
/// </summary>
public readonly record struct Maanddeel(Bedrag Bijstand, Bedrag Vakantietoeslag)
{
    public static Maanddeel Nul { get; } = new(Bedrag.Nul, Bedrag.Nul);

    /// <summary>What is paid monthly: the bijstand minus the reserved vakantietoeslag (art. 45 lid 1).</summary>
    public Bedrag Maandbedrag => Bijstand - Vakantietoeslag;

    /// <summary>
    /// The bijstand of a whole month (incl. vakantietoeslag) for <paramref name="dagen"/> of the month's
    /// <paramref name="dagenInMaand"/> days: first the bijstand naar rato, then 5 % of that as vakantietoeslag.
    /// </summary>
    public static Maanddeel NaarRato(Bedrag bijstandHeleMaand, int dagen, int dagenInMaand)
    {
        var bijstand = Deel(bijstandHeleMaand.Centen, dagen, dagenInMaand);
        return new Maanddeel(bijstand, Rekenkern.Vakantietoeslag.Van(bijstand));
    }

    /// <summary>
    /// Bedrag × dagen / dagen in de maand, rounded half away from zero. Multiplied before divided: a factor such as 1/30
    /// rounded to 28 digits first would turn an exact half cent (€ 1.234,65 / 30 = € 41,155) into € 41,1549… and round it down.
    /// </summary>
    public static Bedrag NaarRatoBedrag(Bedrag bedrag, int dagen, int dagenInMaand) => Deel(bedrag.Centen, dagen, dagenInMaand);

    public static Maanddeel operator +(Maanddeel a, Maanddeel b) => new(a.Bijstand + b.Bijstand, a.Vakantietoeslag + b.Vakantietoeslag);

    private static Bedrag Deel(long centen, int dagen, int dagenInMaand) =>
        dagen == dagenInMaand ? new Bedrag(centen)
        : dagen <= 0 ? Bedrag.Nul
        : new Bedrag(checked((long)Math.Round((decimal)centen * dagen / dagenInMaand, MidpointRounding.AwayFromZero)));
}
