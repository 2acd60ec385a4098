namespace Socrates.Domain.Bewaren;

/// <summary>
/// One line of the selection list a dossier is kept under: its category, what it covers, the term in years and from
/// when the term runs, with the source it was read from (docs/bewaren.md).
/// </summary>
public sealed record Bewaartermijn(string Categorie, string Omschrijving, int Jaren, string Aanvang, string Bron);
