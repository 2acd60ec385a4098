namespace Socrates.Domain.Normen;

/// <summary>
/// Where a set of figures was read: the document (e.g. "Normenbrief 1 juli 2026"), the day it was published and the
/// link text or citation (e.g. "Stcrt. 2025, 43553"). The seeded sets of 2025 carry no publication date.
/// </summary>
public sealed record Normbron(string Document, DateOnly? Publicatiedatum, string Vindplaats);
