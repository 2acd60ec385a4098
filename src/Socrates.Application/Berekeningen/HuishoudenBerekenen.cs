using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Berekeningen;

/// <summary>
/// The algemene bijstand of one household for one month, from the input document of <c>socrates bereken</c> (docs/bereken.md)
/// with the rules of the caller's own gemeente; the answer is that command's output document. Invalid input throws a
/// validation error per field, named by its JSON path.
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record HuishoudenBerekenen(string Document) : IQuery<string>;
