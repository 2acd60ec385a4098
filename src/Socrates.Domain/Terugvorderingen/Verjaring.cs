namespace Socrates.Domain.Terugvorderingen;

/// <summary>
/// Awb 4:104: the claim lapses five years after the payment term expired; the payment term is six weeks after the
/// decision (Awb 4:87 lid 1). An interruption starts a new five years from its date: an acknowledgement by the debtor,
/// such as a payment or an agreed aflossingsregeling (Awb 4:105 lid 2), or the municipality's aanmaning or verrekening
/// (Awb 4:106). A daad van rechtsvervolging (4:105 lid 1) and a dwangbevel (4:106) would too; Socrates has neither.
/// </summary>
public static class Verjaring
{
    public const int Jaren = 5;

    public const int BetaaltermijnWeken = 6;

    public static DateOnly Betaaltermijn(DateOnly besluitdatum) => besluitdatum.AddDays(7 * BetaaltermijnWeken);

    public static DateOnly Datum(DateOnly besluitdatum, DateOnly? laatsteStuiting)
    {
        var termijn = Betaaltermijn(besluitdatum);
        var begin = laatsteStuiting is { } stuiting && stuiting > termijn ? stuiting : termijn;
        return begin.AddYears(Jaren);
    }
}
