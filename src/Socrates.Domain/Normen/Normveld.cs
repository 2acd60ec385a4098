namespace Socrates.Domain.Normen;

/// <summary>
/// One figure of a set, described once: its name (the property of the form and the JSON file), the article group it is
/// shown under, its description with the article, and how to read it from a set (euros, or percent for the
/// loonheffing). Drives the validation, the form, the comparison and the CLI.
/// </summary>
public sealed record Normveld(string Naam, string Groep, string Omschrijving, string Artikel, bool IsPercentage, Func<Normeninhoud, decimal?> Lees);
