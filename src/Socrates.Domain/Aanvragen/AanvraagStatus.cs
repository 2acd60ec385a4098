namespace Socrates.Domain.Aanvragen;

/// <summary>
/// Where an aanvraag stands. Only these steps are possible: Gemeld → Ingediend → InBehandeling → BesluitVoorgesteld →
/// Besloten, or Ingetrokken from any open step.
/// </summary>
public enum AanvraagStatus
{
    Gemeld,
    Ingediend,
    InBehandeling,
    BesluitVoorgesteld,
    Besloten,
    Ingetrokken,
}
