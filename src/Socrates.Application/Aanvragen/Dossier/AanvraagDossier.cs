using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Dossier;

/// <summary>Everything about one aanvraag and its household. Opening it is recorded in the audit trail as a read.</summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record AanvraagDossier(int Id) : IQuery<DossierView?>;
