using Socrates.Domain.Geld;

namespace Socrates.Application.Betaalruns.Uitvoeren;

/// <summary>
/// A household's maandbetalingen in the definitive run of the month before: what they transferred and paid out as
/// vakantietoeslag (for the signal of a changed amount), the toekenningen they paid, and the reservation's balance after
/// that run (null on lines from before the ledger kept one).
/// </summary>
public sealed record Vorigemaand(Bedrag TeBetalen, Bedrag Uitbetaald, IReadOnlySet<int> Toekenningen, Bedrag? Saldo);
