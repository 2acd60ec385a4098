namespace Socrates.Infrastructure.Persistence;

/// <summary>
/// Gives the runs that were computed before the totals were kept on the run (<c>Betaalruns.HuishoudensBetaald</c>,
/// <c>TotaalBetaald</c>, <c>TotaalVerrekend</c>) their totals, in plain SQL in the migration that adds the columns: the
/// same figures as <see cref="Domain.Betalingen.Betaalruntotalen.Van"/> (households whose lines together pay more than
/// nothing, the sum of te betalen, the sum of verrekend). A run still computing keeps null; the run does it when done.
/// </summary>
public static class Betaalruntotalenvulling
{
    /// <summary>
    /// The statement for SQLite, or for SQL Server. A household's lines are summed by a nested subquery on the index
    /// (Gemeente, AanvragerId, Maand), plain correlated SQL that both providers run alike. <paramref name="waar"/> (a
    /// condition) limits the runs further.
    /// </summary>
    public static string Opdracht(bool sqlServer, string? waar = null)
    {
        string K(string naam) => sqlServer ? $"[{naam}]" : $"\"{naam}\"";
        var regels = $"FROM {K("Betalingen")} b WHERE b.{K("BetaalrunId")} = {K("Betaalruns")}.{K("Id")}";
        return $"UPDATE {K("Betaalruns")} SET " +
               $"{K("TotaalBetaald")} = COALESCE((SELECT SUM(b.{K("TeBetalen")}) {regels}), 0), " +
               $"{K("TotaalVerrekend")} = COALESCE((SELECT SUM(b.{K("Verrekend")}) {regels}), 0), " +
               $"{K("HuishoudensBetaald")} = (SELECT COUNT(DISTINCT b.{K("AanvragerId")}) {regels} AND (SELECT SUM(c.{K("TeBetalen")}) " +
               $"FROM {K("Betalingen")} c WHERE c.{K("Gemeente")} = b.{K("Gemeente")} AND c.{K("AanvragerId")} = b.{K("AanvragerId")} " +
               $"AND c.{K("Maand")} = b.{K("Maand")} AND c.{K("BetaalrunId")} = b.{K("BetaalrunId")}) > 0) " +
               $"WHERE {K("Status")} IN ('Proef', 'Definitief')" + (string.IsNullOrWhiteSpace(waar) ? "" : $" AND ({waar})");
    }
}
