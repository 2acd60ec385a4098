using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Indexeringen.Starten;

/// <summary>
/// Starts, for the acting gemeente, the indexering of every approved normenset that still needs one
/// (<see cref="Indexeringsbehoefte"/>): the indexering with its parts. Safe to send twice (one indexering per gemeente and
/// set, by a unique key). Sent by the system after an approval and at start-up; returns the ids started.
/// </summary>
[Vereist(Rol.Systeem)]
public sealed record IndexeringenStarten(int Deelgrootte = 10_000) : ICommand<IReadOnlyList<int>>, IAuditOnderwerp
{
    public string OnderwerpType => "Indexering";

    public string? OnderwerpId => null;
}
