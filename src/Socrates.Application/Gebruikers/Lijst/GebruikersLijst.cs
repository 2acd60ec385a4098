using Mediator;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Gebruikers.Lijst;

/// <summary>The users of the own municipality, by name, one page at a time.</summary>
public sealed record GebruikersLijst(int? Pagina = null) : IQuery<Pagina<GebruikerRegel>>;
