namespace Socrates.Application.Aanvragen.Besluiten;

/// <summary>
/// The earliest ingangsdatum (art. 44; for a wijziging its date), the calculation for that month, and whether a team
/// lead must approve.
/// </summary>
public sealed record BesluitVoorbereidingView(
    DateOnly VroegsteIngangsdatum, Domain.Rekenkern.Berekening Berekening, bool VierOgenToekenning, bool VierOgenAfwijzing,
    Domain.Geld.Bedrag VierOgenVanafBedrag)
{
    public bool IsWijziging { get; init; }
}
