using Socrates.Domain.Aanvragen;

namespace Socrates.Domain.Bezwaren;

/// <summary>
/// The terms of a bezwaar, as pure functions. The bezwaartermijn: six weeks (Awb 6:7), starting the day after the besluit was
/// bekendgemaakt (6:8 lid 1), so a besluit sent on day D may be contested up to and including D + 42, extended by the Algemene
/// termijnenwet when that is a Saturday, Sunday or feestdag. The beslistermijn (Awb 7:10): six weeks from the end of the
/// bezwaartermijn (lid 1), twelve with an adviescommissie of 7:13, plus one verdaging of at most six weeks (lid 3).
/// </summary>
public static class Bezwaartermijnen
{
    public const int BezwaartermijnWeken = 6;
    public const int BeslistermijnWeken = 6;
    public const int BeslistermijnAdviescommissieWeken = 12;
    public const int VerdagingWeken = 6;

    /// <summary>The last day to lodge a bezwaar against a besluit sent on <paramref name="verzonden"/> (Awb 6:7, 6:8 lid 1, Atw art. 1).</summary>
    public static DateOnly LaatsteDagBezwaar(DateOnly verzonden) =>
        AlgemeneTermijnenwet.Verlengd(verzonden.AddDays(7 * BezwaartermijnWeken));

    /// <summary>Received on or before the last day (Awb 6:9 lid 1: received before the term ended).</summary>
    public static bool IsTijdig(DateOnly verzonden, DateOnly ontvangen) => ontvangen <= LaatsteDagBezwaar(verzonden);

    /// <summary>
    /// The last day to decide (Awb 7:10): six or, with an adviescommissie, twelve weeks counted from the day after the
    /// bezwaartermijn ended, plus six weeks when verdaagd; extended by the Atw when it ends on a free day.
    /// </summary>
    public static DateOnly UitersteBeslisdatum(DateOnly verzonden, bool adviescommissie, bool verdaagd)
    {
        var weken = (adviescommissie ? BeslistermijnAdviescommissieWeken : BeslistermijnWeken) + (verdaagd ? VerdagingWeken : 0);
        return AlgemeneTermijnenwet.Verlengd(LaatsteDagBezwaar(verzonden).AddDays(7 * weken));
    }

    /// <summary>Days left, as the aanvraag's beslistermijn shows them (green, amber, red).</summary>
    public static BeslistermijnSignaal Signaal(DateOnly uiterste, DateOnly vandaag, int signaleringsdagen) =>
        Beslistermijn.Signaal(uiterste, vandaag, signaleringsdagen);
}
