using System.Text;

namespace Socrates.Application.Inkomstenopgaven.Importeren;

/// <summary>One column of the import file: its name in the header, whether the header must have it, and how to fill it.</summary>
public sealed record Opgavekolom(string Kop, bool Verplicht, string Uitleg);

/// <summary>
/// The columns of the CSV import (docs/inkomsten.md, "CSV-import"), in the order of the example file: the page shows them and
/// the example file is made from them, so the three cannot drift apart.
/// </summary>
public static class Opgavekolommen
{
    public const string Klant = "klant";
    public const string Maand = "maand";
    public const string Persoon = "persoon";
    public const string Werkgever = "werkgever";
    public const string PeriodeVan = "periode_van";
    public const string PeriodeTot = "periode_tot";
    public const string Netto = "netto";
    public const string Bruto = "bruto";
    public const string Vakantiegeld = "vakantiegeld";
    public const string Uren = "uren";
    public const string Document = "document";

    public static IReadOnlyList<Opgavekolom> Alle { get; } =
    [
        new(Klant, true, "BSN (negen cijfers) of dossiernummer van de klant."),
        new(Maand, true, "De maand waarover het loon gaat, als jjjj-mm."),
        new(Persoon, true, "aanvrager of partner."),
        new(Werkgever, true, "De werkgever of uitbetaler."),
        new(PeriodeVan, false, "Eerste dag van de loonperiode, dd-mm-jjjj; leeg: de eerste dag van de maand."),
        new(PeriodeTot, false, "Laatste dag van de loonperiode, dd-mm-jjjj; leeg: de laatste dag van de maand."),
        new(Netto, true, "Nettoloon in euro, zoals 1.234,56 of 1234,56."),
        new(Bruto, true, "Brutoloon in euro."),
        new(Vakantiegeld, false, "Het vakantiegeld dat in het nettoloon zit, in euro; leeg of 0 als er geen is."),
        new(Uren, true, "Gewerkte uren, zoals 32 of 32,5 (0 als er geen uren op de loonstrook staan)."),
        new(Document, false, "Het nummer van de loonstrook in het documentsysteem (optioneel)."),
    ];

    /// <summary>The column order of a failure's field: the file's order, whole-file problems first.</summary>
    public static int Volgorde(string kolom)
    {
        for (var i = 0; i < Alle.Count; i++)
        {
            if (string.Equals(Alle[i].Kop, kolom, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The example file: the header and two rows (a test BSN that passes the elfproef, and a dossiernummer), separated by ";"
    /// as Dutch Excel saves a CSV file.
    /// </summary>
    public static string Voorbeeld(string maand)
    {
        var tekst = new StringBuilder();
        tekst.AppendJoin(';', Alle.Select(k => k.Kop)).Append("\r\n");
        tekst.Append(string.Join(';', "123456782", maand, "aanvrager", "Bakkerij De Korenschoof", "", "", "812,40", "1.040,00", "", "48", "LS-2026-0001")).Append("\r\n");
        tekst.Append(string.Join(';', "1001", maand, "partner", "Schoonmaakbedrijf Glans B.V.", "", "", "1.215,75", "1.602,10", "0", "64,5", "")).Append("\r\n");
        return tekst.ToString();
    }
}
