using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Besluit;

/// <summary>
/// The hersteltermijn passed without the documents: the aanvraag is set aside (Awb 4:5). A decision: with the
/// municipality's four-eyes setting for it, a team lead approves it first.
/// </summary>
[Vereist(Rol.Consulent)]
public sealed record BuitenBehandelingStellen : AanvraagOpdracht, ICommand<BesluitUitkomst>;
