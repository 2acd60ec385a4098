using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Aanvragen;

/// <summary>
/// The dwangsom for not deciding an aanvraag in time (Awb 4:17, Wet dwangsom en beroep bij niet tijdig beslissen). After the
/// beslistermijn passed, the aanvrager may send a written ingebrekestelling; two weeks after it was received the dwangsom
/// accrues (lid 3) at € 23 a day the first 14 days, € 35 the next 14, € 45 after (lid 2), for at most 42 days (lid 1,
/// € 1.442). The decision stops it: the day the besluit is taken is no longer a day in default (docs/overzicht.md).
/// </summary>
public static class Dwangsom
{
    public const int MaximumDagen = 42;

    /// <summary>Lid 3: two weeks after the ingebrekestelling.</summary>
    public const int WachtDagen = 14;

    /// <summary>Awb 4:18: the vaststelling within two weeks after the last day the dwangsom was due.</summary>
    public const int VaststellingsDagen = 14;

    private static readonly (int Dagen, Geld.Bedrag PerDag)[] Staffel =
        [(14, Geld.Bedrag.Euro(23)), (14, Geld.Bedrag.Euro(35)), (14, Geld.Bedrag.Euro(45))];

    /// <summary>The first day the dwangsom is due (lid 3): the ingebrekestelling was received after the term passed.</summary>
    public static DateOnly EersteDag(DateOnly ingebrekestellingOntvangen) => ingebrekestellingOntvangen.AddDays(WachtDagen);

    /// <summary>The dwangsom over <paramref name="dagen"/> days in default (lid 1 and 2).</summary>
    public static Geld.Bedrag Bedrag(int dagen) => Opbouw(dagen).Aggregate(Geld.Bedrag.Nul, (som, stap) => som + stap.Bedrag);

    /// <summary>
    /// How the dwangsom over <paramref name="dagen"/> days is built up, one line per rate of lid 2 that has days (as the
    /// beschikking tot vaststelling explains it): e.g. 18 days are 14 × € 23 and 4 × € 35.
    /// </summary>
    public static IReadOnlyList<Dwangsomstap> Opbouw(int dagen)
    {
        var over = Math.Clamp(dagen, 0, MaximumDagen);
        var stappen = new List<Dwangsomstap>();
        foreach (var (staffelDagen, perDag) in Staffel)
        {
            var hier = Math.Min(over, staffelDagen);
            if (hier > 0)
            {
                stappen.Add(new Dwangsomstap(hier, perDag, new Geld.Bedrag(checked(perDag.Centen * hier))));
            }

            over -= hier;
        }

        return stappen;
    }

    /// <summary>
    /// Where the dwangsom stands on <paramref name="vandaag"/>: the days in default counted up to and including today while
    /// no besluit is taken, or up to the day before <paramref name="besloten"/>, at most 42.
    /// </summary>
    /// <remarks>Under lid 6 (<paramref name="nietVerschuldigd"/>) nothing is due: 0 days, € 0, and it does not run.</remarks>
    public static Dwangsomstand Stand(DateOnly ingebrekestellingOntvangen, DateOnly? besloten, DateOnly vandaag, bool nietVerschuldigd = false)
    {
        var eerste = EersteDag(ingebrekestellingOntvangen);
        if (nietVerschuldigd)
        {
            return new Dwangsomstand(eerste, 0, Geld.Bedrag.Nul, false, true);
        }

        var afgehandeld = besloten is { } b && b <= vandaag;
        var totEnMet = afgehandeld ? besloten!.Value.AddDays(-1) : vandaag;
        var dagen = Math.Clamp(totEnMet.DayNumber - eerste.DayNumber + 1, 0, MaximumDagen);
        return new Dwangsomstand(eerste, dagen, Bedrag(dagen), besloten is null && dagen is > 0 and < MaximumDagen, afgehandeld || dagen == MaximumDagen);
    }

    /// <summary>
    /// An ingebrekestelling counts only when received after the term passed (before it, the college was not in default),
    /// not in the future, and not after the besluit was taken.
    /// </summary>
    public static void ControleerOntvangst(DateOnly ontvangen, DateOnly uitersteBeslisdatum, DateOnly? besloten, DateOnly vandaag)
    {
        if (ontvangen > vandaag)
        {
            throw new DomeinregelException("De datum van ontvangst kan niet in de toekomst liggen.");
        }

        if (ontvangen <= uitersteBeslisdatum)
        {
            throw new DomeinregelException(
                $"Een ingebrekestelling telt pas na de uiterste beslisdatum ({uitersteBeslisdatum:dd-MM-yyyy}): de beslistermijn liep toen nog.");
        }

        if (besloten is { } b && ontvangen >= b)
        {
            throw new DomeinregelException($"Er was op die datum al besloten ({b:dd-MM-yyyy}): een ingebrekestelling daarna heeft geen gevolg.");
        }
    }
}

/// <summary>One line of the dwangsom's build-up: <paramref name="Dagen"/> days at <paramref name="PerDag"/> a day (Awb 4:17 lid 2).</summary>
public sealed record Dwangsomstap(int Dagen, Geld.Bedrag PerDag, Geld.Bedrag Bedrag);

/// <summary>
/// The dwangsom on a day: its first day, the days in default so far, the amount, whether it still accrues, and whether it
/// stopped for good (the besluit was taken, day 42 passed, or none is due under lid 6): then it can be set (Awb 4:18).
/// </summary>
public sealed record Dwangsomstand(DateOnly EersteDag, int Dagen, Geld.Bedrag Bedrag, bool Loopt, bool Gestopt)
{
    /// <summary>The last day in default so far; null while there is none.</summary>
    public DateOnly? LaatsteDag => Dagen > 0 ? EersteDag.AddDays(Dagen - 1) : null;

    /// <summary>
    /// Awb 4:18: once it stopped, the college sets it within two weeks after the last day it was due; null while it runs
    /// or when no day was due.
    /// </summary>
    public DateOnly? VaststellenUiterlijk => Gestopt && LaatsteDag is { } laatste ? laatste.AddDays(Dwangsom.VaststellingsDagen) : null;
}
