using Socrates.Domain.Geld;

namespace Socrates.Domain.Terugvorderingen;

/// <summary>An open claim as the allocation of a payment sees it: which, since when (its vaststelling) and how much is still owed.</summary>
public sealed record OpenVordering(int Id, DateOnly Sinds, Bedrag Saldo);
