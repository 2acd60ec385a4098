using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Inkomsten;
using Socrates.Domain.Rekenkern;

namespace Socrates.Application.Betalingen.Specificatie;

/// <summary>One month of the household's ledger as the dossier shows it, with the lines that paid it and the claims on it.</summary>
public sealed record SpecificatieMaand
{
    public required Grootboekmaand Grootboek { get; init; }

    /// <summary>The saldo of this month and every earlier month shown: positive is owed to the client.</summary>
    public required Bedrag LopendSaldo { get; init; }

    public IReadOnlyList<SpecificatiePost> Posten { get; init; } = [];

    /// <summary>The month's inkomstenopgaven that count (docs/inkomsten.md).</summary>
    public IReadOnlyList<Opgavebedrag> Opgaven { get; init; } = [];

    /// <summary>With opgaven: the rekenkern's lines on the arbeidsvrijlating of the month (art. 31 lid 2 onder n, r; lid 5), each with its article.</summary>
    public IReadOnlyList<Berekeningsregel> Vrijlatingen { get; init; } = [];

    public DateOnly Maand => Grootboek.Maand;
}
