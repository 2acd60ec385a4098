namespace Socrates.Application.Aanvragen.Besluit;

/// <summary>
/// The earliest ingangsdatum (art. 44; for a wijziging its date), the calculation for that month, and whether a team
/// lead must approve.
/// </summary>
public sealed record BesluitVoorbereidingView(
    DateOnly VroegsteIngangsdatum, Domain.Rekenkern.Berekening Berekening, bool VierOgenToekenning, bool VierOgenAfwijzing,
    Domain.Geld.Bedrag VierOgenVanafBedrag)
{
    public bool IsWijziging { get; init; }

    /// <summary>A wijziging because the household reaches the AOW age: only a beëindiging, with a handover to the SVB (art. 47a lid 1).</summary>
    public bool IsAowBeeindiging { get; init; }

    /// <summary>The day the SVB becomes competent for this household, when that is on or before the ingangsdatum (a new aanvraag is then refused).</summary>
    public DateOnly? SvbBevoegdVanaf { get; init; }
}
