using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Beschikkingen;

/// <summary>The decision letter of an aanvraag (the newest, if a besluit was revised), exactly as it was made.</summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record BeschikkingInzien(int AanvraagId) : IQuery<BeschikkingView?>;
