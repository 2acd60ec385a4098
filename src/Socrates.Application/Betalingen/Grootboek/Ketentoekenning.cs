using Socrates.Domain.Betalingen;

namespace Socrates.Application.Betalingen.Grootboek;

/// <summary>A toekenning (Actief or Beëindigd) of a household's chain, with what the ledger and the look-back read of it.</summary>
public sealed record Ketentoekenning(int Id, int AanvraagId, int AanvragerId, DateOnly Ingangsdatum, DateOnly? Einddatum, DateOnly? BeeindigdOp)
{
    /// <summary>The days of <paramref name="maand"/> this toekenning runs.</summary>
    public int DagenIn(DateOnly maand) => Betaalregel.DagenIn(maand, Ingangsdatum, Einddatum);
}
