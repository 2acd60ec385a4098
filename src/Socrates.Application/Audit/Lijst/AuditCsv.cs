using System.Globalization;
using System.Text;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Audit.Lijst;

/// <summary>
/// Audit lines as CSV for Dutch spreadsheets: semicolon-separated, times in Amsterdam (dd-MM-yyyy HH:mm:ss), fields
/// quoted where needed (RFC 4180), and a leading quote before =, +, - or @ so a spreadsheet never runs a formula.
/// </summary>
public static class AuditCsv
{
    public const string Kop = "Tijdstip;Gebruiker;Actie;Soort;Id;Uitkomst";

    public static string Schrijf(IEnumerable<AuditRegelView> regels)
    {
        ArgumentNullException.ThrowIfNull(regels);
        var csv = new StringBuilder(Kop).Append("\r\n");
        foreach (var r in regels)
        {
            var tijd = Klok.InAmsterdam(new DateTimeOffset(r.Tijdstip, TimeSpan.Zero)).ToString("dd-MM-yyyy HH:mm:ss", CultureInfo.InvariantCulture);
            csv.AppendJoin(';', new[] { tijd, r.Gebruiker, r.Actie, r.EntiteitType ?? "", r.EntiteitId ?? "", r.Uitkomst.ToString() }.Select(Veld))
                .Append("\r\n");
        }

        return csv.ToString();
    }

    private static string Veld(string waarde)
    {
        if (waarde.Length > 0 && "=+-@".Contains(waarde[0], StringComparison.Ordinal))
        {
            waarde = "'" + waarde;
        }

        return waarde.IndexOfAny([';', '"', '\r', '\n']) >= 0 ? "\"" + waarde.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : waarde;
    }
}
