using System.Globalization;
using Mediator;
using Socrates.Application.Audit;
using Socrates.Domain.Betalingen;

namespace Socrates.Application.Betalingen.Uitvoeren;

/// <summary>
/// Writes the computed lines of one part and marks it done, in one transaction, only while <see cref="Eigenaar"/> still
/// holds its lease: a worker that lost its part to another rolls back, so no line is ever written twice.
/// </summary>
public sealed record BetaalrunDeelOpslaan(int BetaalrunId, int DeelId, string Eigenaar, IReadOnlyList<Betaalregel> Regels) : ICommand, IAuditOnderwerp
{
    public string OnderwerpType => "Betaalrun";

    public string? OnderwerpId => BetaalrunId.ToString(CultureInfo.InvariantCulture);
}
