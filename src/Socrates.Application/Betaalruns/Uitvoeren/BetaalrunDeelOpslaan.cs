using System.Globalization;
using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Betaalruns.Uitvoeren;

/// <summary>
/// Writes the computed lines of one part and marks it done, in one transaction, only while <see cref="Eigenaar"/> still
/// holds its lease: a worker that lost its part to another rolls back, so no line is ever written twice.
/// </summary>
[Vereist(Rol.Systeem)]
public sealed record BetaalrunDeelOpslaan(int BetaalrunId, int DeelId, string Eigenaar, IReadOnlyList<Betaalregel> Regels) : ICommand, IAuditOnderwerp
{
    public string OnderwerpType => "Betaalrun";

    public string? OnderwerpId => BetaalrunId.ToString(CultureInfo.InvariantCulture);
}
