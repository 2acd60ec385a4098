namespace Socrates.Application.Gemeenschappelijk;

/// <summary>
/// The rows of a list for its export: every row the filters on screen select, in the order on screen, not one page.
/// They are read from the database lazily, while the file is written, in the request's own scope. The export query that
/// returns them has checked the user's rights (its <see cref="VereistAttribute"/>) and written the export to the audit trail.
/// </summary>
public sealed record Exportrijen<T>(IEnumerable<T> Rijen);
