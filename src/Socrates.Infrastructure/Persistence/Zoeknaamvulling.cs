using System.Globalization;
using System.Text;
using Socrates.Domain.Personen;

namespace Socrates.Infrastructure.Persistence;

/// <summary>
/// Fills <c>Personen.Zoeknaam</c> for the persons that existed before the column, in plain SQL, so the migration that
/// adds it needs no C# over the data: lower case, every letter of Latin-1 and Latin Extended-A/B replaced by what
/// <see cref="Zoeknamen.Vouw"/> makes of it (the list is computed from that method, so both agree), the name before a
/// comma, and up to four tussenvoegsels off the front. Limits, all repaired by the domain at the person's next save: a
/// letter outside those blocks stays as it is (SQLite's <c>lower</c> only knows ASCII), white space other than a space is
/// not collapsed, and a fifth tussenvoegsel in a row stays.
/// </summary>
public static class Zoeknaamvulling
{
    private const int VervangingenPerOpdracht = 25;      // nested REPLACE calls in one statement; SQL Server nests far deeper
    private const int Rondes = 4;

    /// <summary>The statements for SQLite, or for SQL Server; <paramref name="waar"/> (a condition) limits the rows.</summary>
    public static IReadOnlyList<string> Opdrachten(bool sqlServer, string? waar = null)
    {
        var d = new Dialect(sqlServer);
        var filter = string.IsNullOrWhiteSpace(waar) ? "" : $" WHERE {waar}";
        var zoeknaam = d.Kolom("Zoeknaam");
        var opdrachten = new List<string>
        {
            $"UPDATE {d.Kolom("Personen")} SET {zoeknaam} = {d.Lower}({d.Trim}({d.Kolom("Achternaam")})){filter}",
        };
        foreach (var groep in Vervangingen().Chunk(VervangingenPerOpdracht))
        {
            var expressie = groep.Aggregate(zoeknaam, (x, v) => $"REPLACE({x}, {d.Tekst(v.Van)}, {d.Tekst(v.Naar)})");
            opdrachten.Add($"UPDATE {d.Kolom("Personen")} SET {zoeknaam} = {expressie}{filter}");
        }

        var dubbel = Enumerable.Range(0, 3).Aggregate(zoeknaam, (x, _) => $"REPLACE({x}, '  ', ' ')");
        opdrachten.Add($"UPDATE {d.Kolom("Personen")} SET {zoeknaam} = {dubbel}{filter}");
        var komma = d.Positie("','", zoeknaam);
        opdrachten.Add($"UPDATE {d.Kolom("Personen")} SET {zoeknaam} = CASE WHEN {komma} > 1 " +
                       $"THEN RTRIM({d.Deel(zoeknaam, "1", $"{komma} - 1")}) ELSE {zoeknaam} END{filter}");
        for (var ronde = 0; ronde < Rondes; ronde++)
        {
            opdrachten.Add($"UPDATE {d.Kolom("Personen")} SET {zoeknaam} = {ZonderTussenvoegsel(d, zoeknaam)}{filter}");
        }

        return opdrachten;
    }

    /// <summary>Every letter SQL's lower() leaves as it is while <see cref="Zoeknamen.Vouw"/> changes it.</summary>
    internal static IEnumerable<(string Van, string Naar)> Vervangingen()
    {
        var tekens = Enumerable.Range(0xC0, 0x250 - 0xC0).Select(c => (char)c).Concat(Zoeknamen.Vervangingen.Keys).Distinct();
        foreach (var teken in tekens)
        {
            var van = teken.ToString();
            var naar = Zoeknamen.Vouw(van);
            if (naar.Length > 0 && naar != van)
            {
                yield return (van, naar);
            }
        }
    }

    /// <summary>One tussenvoegsel off the front, the longest written form first; a lone word stays.</summary>
    private static string ZonderTussenvoegsel(Dialect d, string zoeknaam)
    {
        var sql = new StringBuilder("CASE");
        foreach (var woord in Zoeknamen.Tussenvoegsels.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal))
        {
            var rest = (woord.Length + 2).ToString(CultureInfo.InvariantCulture);
            sql.Append(CultureInfo.InvariantCulture, $" WHEN {zoeknaam} LIKE {d.Tekst(woord + " %")} THEN {d.Deel(zoeknaam, rest)}");
        }

        foreach (var voor in Zoeknamen.AaneengeschrevenTussenvoegsels)
        {
            var rest = (voor.Length + 1).ToString(CultureInfo.InvariantCulture);
            sql.Append(CultureInfo.InvariantCulture, $" WHEN {zoeknaam} LIKE {d.Tekst(voor + "_%")} THEN {d.Deel(zoeknaam, rest)}");
        }

        return sql.Append(CultureInfo.InvariantCulture, $" ELSE {zoeknaam} END").ToString();
    }

    private sealed record Dialect(bool SqlServer)
    {
        public string Lower => SqlServer ? "LOWER" : "lower";

        public string Trim => SqlServer ? "TRIM" : "trim";

        public string Kolom(string naam) => SqlServer ? $"[{naam}]" : $"\"{naam}\"";

        public string Tekst(string waarde) => (SqlServer ? "N'" : "'") + waarde.Replace("'", "''", StringComparison.Ordinal) + "'";

        public string Positie(string zoek, string tekst) => SqlServer ? $"CHARINDEX({zoek}, {tekst})" : $"instr({tekst}, {zoek})";

        public string Deel(string tekst, string vanaf, string? lengte = null) =>
            SqlServer ? $"SUBSTRING({tekst}, {vanaf}, {lengte ?? "4000"})" : lengte is null ? $"substr({tekst}, {vanaf})" : $"substr({tekst}, {vanaf}, {lengte})";
    }
}
