namespace Socrates.Application.Normen.Vergelijken;

/// <summary>One figure of both sets as text (euros or percent, "—" when absent), and whether they differ.</summary>
public sealed record Normvergelijkingsregel(string Groep, string Omschrijving, string Artikel, string Links, string Rechts, bool Gewijzigd);
