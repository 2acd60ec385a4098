using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Socrates.Domain.Geld;
using Socrates.Web.Exporteren;

namespace Socrates.IntegrationTests.Exporteren;

/// <summary>The one exporter: the same table as CSV (Dutch spreadsheet conventions) and as xlsx (typed cells), formulas made inert in both.</summary>
public sealed class ExporteurTests
{
    private sealed record Rij(string Naam, int Aantal, Bedrag? Bedrag, DateOnly? Datum, DateTime Tijdstip);

    private static Exporttabel Tabel(params Rij[] rijen) => Exporttabel.Van(
        "proef",
        rijen,
        new Exportkolom<Rij>("Naam", Kolomsoort.Tekst, r => r.Naam),
        new Exportkolom<Rij>("Aantal", Kolomsoort.Getal, r => r.Aantal),
        new Exportkolom<Rij>("Bedrag", Kolomsoort.Bedrag, r => r.Bedrag),
        new Exportkolom<Rij>("Datum", Kolomsoort.Datum, r => r.Datum),
        new Exportkolom<Rij>("Tijdstip", Kolomsoort.Tijdstip, r => r.Tijdstip));

    private static readonly Rij[] Voorbeeld =
    [
        new("=SOM(A1:A9)", 3, Bedrag.Euro(1234.56m), new DateOnly(2026, 12, 31), new DateTime(2026, 7, 1, 10, 0, 0, DateTimeKind.Utc)),
        new("Jansen; \"Piet\"", -2, Bedrag.Euro(-12.5m), null, new DateTime(2026, 1, 15, 23, 30, 0, DateTimeKind.Utc)),
        new("@Dossier", 0, null, new DateOnly(2026, 3, 1), new DateTime(2026, 3, 29, 0, 59, 59, DateTimeKind.Utc)),
    ];

    [Fact]
    public void Csv_schrijft_bedragen_met_komma_datums_als_dag_maand_jaar_tijden_in_Amsterdam_en_maakt_formules_onschadelijk()
    {
        using var stroom = new MemoryStream();
        Exporteur.Schrijf(Tabel(Voorbeeld), Exportformaat.Csv, stroom);

        var bytes = stroom.ToArray();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var tekst = Encoding.UTF8.GetString(bytes[3..]);
        var regels = tekst.Split("\r\n");                                  // RFC 4180: every line ends in CRLF
        Assert.Equal("", regels[^1]);
        regels = regels[..^1];
        Assert.Equal(
            [
                "Naam;Aantal;Bedrag;Datum;Tijdstip",
                "'=SOM(A1:A9);3;1234,56;31-12-2026;01-07-2026 12:00:00",        // zomertijd: UTC+2
                "\"Jansen; \"\"Piet\"\"\";-2;-12,50;;16-01-2026 00:30:00",     // wintertijd: UTC+1, over middernacht
                "'@Dossier;0;;01-03-2026;29-03-2026 01:59:59",                 // de laatste seconde wintertijd (zomertijd vanaf 01:00 UTC)
            ],
            regels);
    }

    [Fact]
    public void Csv_van_een_lege_lijst_heeft_alleen_de_koppen()
    {
        using var stroom = new MemoryStream();
        Exporteur.Schrijf(Tabel(), Exportformaat.Csv, stroom);

        Assert.Equal("Naam;Aantal;Bedrag;Datum;Tijdstip", Encoding.UTF8.GetString(stroom.ToArray()[3..]).Trim());
    }

    [Fact]
    public void Xlsx_heeft_getypeerde_cellen_voor_bedragen_en_datums_en_tekst_zonder_formules()
    {
        using var stroom = new MemoryStream();
        Exporteur.Schrijf(Tabel(Voorbeeld), Exportformaat.Xlsx, stroom);

        var cellen = Cellen(stroom);
        Assert.Equal(("Naam", "tekst"), cellen["A1"]);
        Assert.Equal(("'=SOM(A1:A9)", "tekst"), cellen["A2"]);
        Assert.Equal(("3", "getal"), cellen["B2"]);
        Assert.Equal(("1234.56", "getal"), cellen["C2"]);
        Assert.Equal(("-12.5", "getal"), cellen["C3"]);
        Assert.Equal((new DateTime(2026, 12, 31).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), "getal"), cellen["D2"]);
        Assert.Equal(("'@Dossier", "tekst"), cellen["A4"]);
        Assert.DoesNotContain(cellen, c => c.Value.Soort == "formule");
        Assert.Equal("#,##0.00", Getoond(stroom, "C2"));
        Assert.Equal("dd-mm-yyyy", Getoond(stroom, "D2"));
    }

    /// <summary>The number format a cell is shown with, from its style in styles.xml.</summary>
    private static string? Getoond(MemoryStream xlsx, string cel)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx.ToArray()), ZipArchiveMode.Read);
        XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var blad = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        var stijl = (int?)blad.Descendants(ns + "c").Single(c => (string?)c.Attribute("r") == cel).Attribute("s") ?? 0;
        var stijlen = XDocument.Load(zip.GetEntry("xl/styles.xml")!.Open());
        var formaat = (int)stijlen.Descendants(ns + "cellXfs").Single().Elements(ns + "xf").ElementAt(stijl).Attribute("numFmtId")!;
        return (string?)stijlen.Descendants(ns + "numFmt").SingleOrDefault(f => (int)f.Attribute("numFmtId")! == formaat)?.Attribute("formatCode");
    }

    /// <summary>Every cell of the first sheet by reference: its value (shared strings resolved) and whether it is text, a number or a formula.</summary>
    private static Dictionary<string, (string Waarde, string Soort)> Cellen(MemoryStream xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx.ToArray()), ZipArchiveMode.Read);
        XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var gedeeld = zip.GetEntry("xl/sharedStrings.xml") is { } s
            ? XDocument.Load(s.Open()).Descendants(ns + "si").Select(si => string.Concat(si.Descendants(ns + "t").Select(t => t.Value))).ToList()
            : [];
        var blad = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return blad.Descendants(ns + "c").ToDictionary(
            c => (string)c.Attribute("r")!,
            c =>
            {
                var type = (string?)c.Attribute("t");
                if (c.Element(ns + "f") is not null)
                {
                    return (c.Element(ns + "f")!.Value, "formule");
                }

                return type switch
                {
                    "s" => (gedeeld[int.Parse(c.Element(ns + "v")!.Value, System.Globalization.CultureInfo.InvariantCulture)], "tekst"),
                    "inlineStr" => (string.Concat(c.Descendants(ns + "t").Select(t => t.Value)), "tekst"),
                    "str" => (c.Element(ns + "v")?.Value ?? "", "tekst"),
                    _ => (c.Element(ns + "v")?.Value ?? "", "getal"),
                };
            },
            StringComparer.Ordinal);
    }
}
