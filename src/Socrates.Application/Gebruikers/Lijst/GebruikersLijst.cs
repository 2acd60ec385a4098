using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Gebruikers.Lijst;

/// <summary>The users of the own municipality, by name, one page at a time.</summary>
[Vereist(Rol.Beheerder)]
public sealed record GebruikersLijst(int? Pagina = null) : IQuery<Pagina<GebruikerRegel>>;
