using System.Globalization;
using System.Text;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Audit.Lijst;

/// <summary>
/// Audit lines as CSV for Dutch spreadsheets: semicolon-separated, times in Amsterdam (dd-MM-yyyy HH:mm:ss), fields
/// quoted where needed (RFC 4180), and a leading quote before =, +, -, @, tab or carriage return so a spreadsheet never
/// runs a formula. The action and the user in Dutch and by name; the action code and the user id as extra columns.
/// </summary>
public static class AuditCsv
{
    public const string Kop = "Tijdstip;Gebruiker;Actie;Gegeven;Uitkomst;Actiecode;Gebruiker-id;Soort;Id";

    public static string Schrijf(IEnumerable<AuditRegelView> regels)
    {
        ArgumentNullException.ThrowIfNull(regels);
        var csv = new StringBuilder(Kop).Append("\r\n");
        foreach (var r in regels)
        {
            var tijd = Klok.InAmsterdam(new DateTimeOffset(r.Tijdstip, TimeSpan.Zero)).ToString("dd-MM-yyyy HH:mm:ss", CultureInfo.InvariantCulture);
            csv.AppendJoin(';', new[]
                {
                    tijd, r.Gebruiker, r.Actie, r.Gegeven, r.Uitkomst.ToString(), r.ActieCode, r.GebruikerId ?? "", r.EntiteitType ?? "", r.EntiteitId ?? "",
                }.Select(Veld))
                .Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Veld(string waarde)
    {
        if (waarde.Length > 0 && "=+-@\t\r".Contains(waarde[0], StringComparison.Ordinal))
        {
            waarde = "'" + waarde;
        }

        return waarde.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + waarde.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : waarde;
    }
}
