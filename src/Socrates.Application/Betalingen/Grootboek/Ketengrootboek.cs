using Socrates.Application.Aanvragen.Berekening;
using Socrates.Domain.Betalingen;

namespace Socrates.Application.Betalingen.Grootboek;

/// <summary>A household's ledger with the chain it was computed from, the recht per toekenning and month, and the municipality's stand.</summary>
public sealed record Ketengrootboek(
    Keten Keten, Huishoudgrootboek Grootboek, IReadOnlyList<Rechtpost> Recht, IReadOnlyDictionary<int, Huishoudensgegevens> Huishoudens, Betaalstand Stand)
{
    /// <summary>
    /// The next run will look back on this household: its chain changed since the last definitive run, or it waits for the
    /// nabetaling of an indexering (docs/normen.md) or for the settling of an inkomstenopgave (docs/inkomsten.md).
    /// </summary>
    public bool WachtOpTerugblik =>
        Stand.VolgendeMaand is { } volgende
        && (Keten.OpenVanaf is not null || Terugblik.Vanaf(Keten.Stand, volgende, Stand.Overgangsmaand, Stand.Sinds) is not null);
}
