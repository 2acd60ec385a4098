namespace Socrates.Domain.Rekenkern;

/// <summary>
/// Art. 47a lid 1 Participatiewet: the Sociale verzekeringsbank, not the gemeente, grants algemene bijstand (as the
/// aanvullende inkomensvoorziening ouderen, AIO) to an alleenstaande (ouder) who has reached the pensioengerechtigde
/// leeftijd and to gehuwden of whom one or both have. The gemeente's bijstand ends on the day that happens.
/// </summary>
public static class SvbBevoegdheid
{
    /// <summary>How many months ahead the werkvoorraad and the dossier signal it, so the handover to the SVB is timely.</summary>
    public const int SignaalMaanden = 6;

    /// <summary>
    /// The first day the SVB is competent for the household: the earliest day on which the aanvrager or the partner reaches
    /// the pensioengerechtigde leeftijd; null when neither does within the table of <paramref name="aow"/> (then not before the year after its last).
    /// </summary>
    public static DateOnly? Vanaf(DateOnly aanvragerGeboren, DateOnly? partnerGeboren, AowLeeftijden aow)
    {
        ArgumentNullException.ThrowIfNull(aow);
        var aanvrager = Datum(aanvragerGeboren, aow);
        var partner = partnerGeboren is { } p ? Datum(p, aow) : null;
        return (aanvrager, partner) switch
        {
            ({ } a, { } b) => a <= b ? a : b,
            ({ } a, null) => a,
            (null, { } b) => b,
            _ => null,
        };
    }

    /// <summary>Whether the SVB is competent on <paramref name="datum"/> (reaching the age on that day counts).</summary>
    public static bool Op(DateOnly aanvragerGeboren, DateOnly? partnerGeboren, DateOnly datum, AowLeeftijden aow) =>
        Vanaf(aanvragerGeboren, partnerGeboren, aow) is { } vanaf && vanaf <= datum;

    private static DateOnly? Datum(DateOnly geboortedatum, AowLeeftijden aow)
    {
        var datum = aow.Verwacht(geboortedatum, out var zeker);
        return zeker ? datum : null;
    }
}
