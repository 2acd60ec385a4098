using System.Globalization;
using System.Text;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using nietras.SeparatedValues;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Web.Exporteren;

/// <summary>
/// The one place a list becomes a file. CSV (Sep) is written for a Dutch spreadsheet: UTF-8 with a byte order mark,
/// semicolons, quoted where needed, amounts as 1234,56, dates as 31-12-2026, times in Amsterdam. xlsx (MiniExcel) has
/// real typed cells: amounts are numbers shown as #,##0.00, dates and times are dates shown as dd-mm-yyyy. In both, a
/// text that starts with =, +, -, @, a tab or a carriage return gets a leading apostrophe, so no spreadsheet ever runs
/// it as a formula (OWASP, CSV injection); numbers and dates are never text, so they need no guard.
/// The rows are read while the file is written: nothing is held in memory but the row at hand.
/// </summary>
public static class Exporteur
{
    private static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");

    public static string Inhoudstype(Exportformaat formaat) => formaat == Exportformaat.Xlsx
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "text/csv; charset=utf-8";

    public static string Bestandsnaam(Exporttabel tabel, Exportformaat formaat)
    {
        ArgumentNullException.ThrowIfNull(tabel);
        return $"{tabel.Bestandsnaam}.{(formaat == Exportformaat.Xlsx ? "xlsx" : "csv")}";
    }

    public static void Schrijf(Exporttabel tabel, Exportformaat formaat, Stream doel)
    {
        ArgumentNullException.ThrowIfNull(tabel);
        ArgumentNullException.ThrowIfNull(doel);
        if (formaat == Exportformaat.Xlsx)
        {
            SchrijfXlsx(tabel, doel);
        }
        else
        {
            SchrijfCsv(tabel, doel);
        }
    }

    /// <summary>A text a spreadsheet would read as a formula, made inert with a leading apostrophe.</summary>
    public static string Formuleveilig(string tekst)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        return tekst.Length > 0 && "=+-@\t\r".Contains(tekst[0], StringComparison.Ordinal) ? "'" + tekst : tekst;
    }

    private static void SchrijfCsv(Exporttabel tabel, Stream doel)
    {
        using var tekst = new StreamWriter(doel, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 16, leaveOpen: true) { NewLine = "\r\n" };
        using var schrijver = Sep.New(';').Writer(o => o with { Escape = true }).To(tekst);
        var koppen = tabel.Kolommen.Select(k => k.Kop).ToArray();
        schrijver.Header.Add(koppen);
        var aantal = 0;
        foreach (var rij in tabel.Rijen)
        {
            aantal++;
            using var regel = schrijver.NewRow();
            for (var i = 0; i < koppen.Length; i++)
            {
                regel[koppen[i]].Set(CsvWaarde(tabel.Kolommen[i].Soort, rij[i]));
            }
        }

        if (aantal == 0)
        {
            schrijver.Header.Write();           // an empty list is still a file with its headings
        }
    }

    private static string CsvWaarde(Kolomsoort soort, object? waarde) => waarde switch
    {
        null => "",
        Bedrag b => b.InEuro.ToString("0.00", Nederlands),
        DateOnly d => d.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture),
        DateTime t => InAmsterdam(t).ToString("dd-MM-yyyy HH:mm:ss", CultureInfo.InvariantCulture),
        int or long => Convert.ToString(waarde, CultureInfo.InvariantCulture)!,
        _ when soort == Kolomsoort.Tekst => Formuleveilig(Convert.ToString(waarde, CultureInfo.InvariantCulture) ?? ""),
        _ => throw new InvalidOperationException($"Een {waarde.GetType().Name} past niet in een kolom van soort {soort}."),
    };

    private static void SchrijfXlsx(Exporttabel tabel, Stream doel)
    {
        var configuratie = new OpenXmlConfiguration
        {
            FastMode = false,
            EnableAutoWidth = false,
            DynamicColumns = [.. tabel.Kolommen.Select(k => new DynamicExcelColumn(k.Kop)
            {
                Format = k.Soort switch
                {
                    Kolomsoort.Bedrag => "#,##0.00",
                    Kolomsoort.Datum => "dd-mm-yyyy",
                    Kolomsoort.Tijdstip => "dd-mm-yyyy hh:mm:ss",
                    _ => null,
                },
                Width = k.Soort == Kolomsoort.Tekst ? 28 : 14,
            })],
        };
        var rijen = tabel.Rijen.Select(rij =>
        {
            var cellen = new Dictionary<string, object?>(tabel.Kolommen.Count, StringComparer.Ordinal);
            for (var i = 0; i < tabel.Kolommen.Count; i++)
            {
                cellen[tabel.Kolommen[i].Kop] = XlsxWaarde(tabel.Kolommen[i].Soort, rij[i]);
            }

            return cellen;
        });
        doel.SaveAs(rijen, sheetName: "Export", configuration: configuratie);
    }

    private static object? XlsxWaarde(Kolomsoort soort, object? waarde) => waarde switch
    {
        null => null,
        Bedrag b => b.InEuro,
        DateOnly d => d.ToDateTime(TimeOnly.MinValue),
        DateTime t => InAmsterdam(t),
        int or long => waarde,
        _ when soort == Kolomsoort.Tekst => Formuleveilig(Convert.ToString(waarde, CultureInfo.InvariantCulture) ?? ""),
        _ => throw new InvalidOperationException($"Een {waarde.GetType().Name} past niet in een kolom van soort {soort}."),
    };

    private static DateTime InAmsterdam(DateTime utc) =>
        Klok.InAmsterdam(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc))).DateTime;
}
