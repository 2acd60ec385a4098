using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Bezwaren.Lijst;

/// <summary>The bezwaren against one aanvraag's besluit, for its dossier: status, outcome and a follow-up still to do.</summary>
[Vereist(Rol.Consulent, Rol.Teamleider, Rol.Bezwaarbehandelaar)]
public sealed record BezwarenVanAanvraag(int AanvraagId) : IQuery<IReadOnlyList<DossierBezwaar>>;
