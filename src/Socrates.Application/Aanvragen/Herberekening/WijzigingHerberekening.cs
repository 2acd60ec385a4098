using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Herberekening;

/// <summary>
/// The herberekening of a wijziging: live from the dossier while it is being handled, the stored snapshot once a besluit
/// has been proposed or taken.
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record WijzigingHerberekening(int AanvraagId) : IQuery<HerberekeningView?>;
