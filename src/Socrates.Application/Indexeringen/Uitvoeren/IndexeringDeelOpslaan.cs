using System.Globalization;
using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Indexeringen;

namespace Socrates.Application.Indexeringen.Uitvoeren;

/// <summary>
/// Writes the lines of one part of an indexering and marks it done, in one transaction, only while <see cref="Eigenaar"/>
/// still holds its lease: a worker that lost its part to another rolls back, so no month is ever written twice (the unique
/// key per normenset, toekenning and month stands behind it).
/// </summary>
[Vereist(Rol.Systeem)]
public sealed record IndexeringDeelOpslaan(int IndexeringId, int DeelId, string Eigenaar, IReadOnlyList<Indexeringsregel> Regels) : ICommand, IAuditOnderwerp
{
    public string OnderwerpType => "Indexering";

    public string? OnderwerpId => IndexeringId.ToString(CultureInfo.InvariantCulture);
}
