using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;

namespace Socrates.Application.Betalingen.Specificatie;

/// <summary>One month of the household's ledger as the dossier shows it, with the lines that paid it and the claims on it.</summary>
public sealed record SpecificatieMaand
{
    public required Grootboekmaand Grootboek { get; init; }

    /// <summary>The saldo of this month and every earlier month shown: positive is owed to the client.</summary>
    public required Bedrag LopendSaldo { get; init; }

    public IReadOnlyList<SpecificatiePost> Posten { get; init; } = [];

    public DateOnly Maand => Grootboek.Maand;
}
