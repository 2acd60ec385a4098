using Mediator;

namespace Socrates.Application.Terugvorderingen.Overzicht;

/// <summary>Every open claim of the municipality as CSV (semicolon-separated, Dutch amounts), for the team lead's spreadsheet.</summary>
public sealed record TerugvorderingenExport : IQuery<string>;
