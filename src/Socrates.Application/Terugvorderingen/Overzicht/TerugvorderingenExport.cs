using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Terugvorderingen.Overzicht;

/// <summary>Every open claim of the municipality as CSV (semicolon-separated, Dutch amounts), for the team lead's spreadsheet.</summary>
[Vereist(Rol.Teamleider)]
public sealed record TerugvorderingenExport : IQuery<string>;
