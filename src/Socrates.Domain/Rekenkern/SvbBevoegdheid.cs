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
    /// the pensioengerechtigde leeftijd; null when neither does within <see cref="AowLeeftijd.Tabel"/> (then not before 2028).
    /// </summary>
    public static DateOnly? Vanaf(DateOnly aanvragerGeboren, DateOnly? partnerGeboren)
    {
        var aanvrager = Datum(aanvragerGeboren);
        var partner = partnerGeboren is { } p ? Datum(p) : null;
        return (aanvrager, partner) switch
        {
            ({ } a, { } b) => a <= b ? a : b,
            ({ } a, null) => a,
            (null, { } b) => b,
            _ => null,
        };
    }

    /// <summary>Whether the SVB is competent on <paramref name="datum"/> (reaching the age on that day counts).</summary>
    public static bool Op(DateOnly aanvragerGeboren, DateOnly? partnerGeboren, DateOnly datum) =>
        Vanaf(aanvragerGeboren, partnerGeboren) is { } vanaf && vanaf <= datum;

    private static DateOnly? Datum(DateOnly geboortedatum)
    {
        var datum = AowLeeftijd.Verwacht(geboortedatum, out var zeker);
        return zeker ? datum : null;
    }
}
