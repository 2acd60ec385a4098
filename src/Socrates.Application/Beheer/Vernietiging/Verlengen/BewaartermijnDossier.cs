using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Beheer.Vernietiging.Verlengen;

/// <summary>
/// One dossier's retention: its vernietigingsdatum and what it is computed from, what blocks it, and the extensions made;
/// null when the own municipality has no such person.
/// </summary>
[Vereist(Rol.Beheerder, Rol.Teamleider)]
public sealed record BewaartermijnDossier : IQuery<BewaartermijnDossierView?>
{
    public int PersoonId { get; init; }
}
