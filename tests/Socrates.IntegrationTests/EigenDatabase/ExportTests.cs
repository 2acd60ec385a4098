using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Toekenningen.Lijst;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>
/// The werkvoorraad downloaded through its page, on a database of its own (issue #14): every row the filters on screen
/// select, not one page, in the order on screen, only the own municipality, and the export in the audit trail.
/// Utrecht has three aanvragen received 60, 20 and 5 days ago; the one of 60 days is 4 days past its uiterste
/// beslisdatum (8 weeks, Awb 4:13 and art. 44 Pw: 60 − 56 = 4). Amsterdam's aanvraag is never in Utrecht's file.
/// </summary>
public sealed class ExportTests(EigenApp app) : IClassFixture<EigenApp>
{
    private static readonly Lid Gemeente = Leden.Utrecht;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbFact]
    public async Task Werkvoorraad_AsCsvAndXlsx_HoldsEveryRowOfTheFilters_InTheOrderOnScreen_Audited()
    {
        var oud = await app.IngediendAsync(Gemeente, dagenGeleden: 60);
        var midden = await app.IngediendAsync(Gemeente, dagenGeleden: 20);
        var nieuw = await app.IngediendAsync(Gemeente, dagenGeleden: 5);
        var elders = await app.IngediendAsync(Leden.Amsterdam, dagenGeleden: 60);
        var leider = await app.LoginAsync(Rol.Teamleider, Gemeente);
        var voor = await Exports();

        var (csvType, naam, csv) = await DownloadAsync(leider, "/Werkvoorraad?Weergave=Team&Sortering=Ontvangst&Richting=Aflopend&handler=Export&formaat=Csv");
        var (_, _, verlopen) = await DownloadAsync(leider, "/Werkvoorraad?Weergave=Team&Termijn=Verlopen&handler=Export&formaat=Csv");
        var (xlsxType, xlsxNaam, xlsx) = await DownloadAsync(leider, "/Werkvoorraad?Weergave=Team&handler=Export&formaat=Xlsx");

        Assert.Equal(("text/csv", "werkvoorraad.csv"), (csvType, naam));
        var regels = Regels(csv);
        Assert.Equal("Dossier;Aanvrager;Soort;Status;Gemeld op;Ontvangen op;Uiterste beslisdatum;Dagen tot uiterste beslisdatum;Termijn;Behandelaar;Bestreden besluit", regels[0]);
        Assert.Equal([nieuw, midden, oud], regels.Skip(1).Select(Dossier));                 // newest received first, as asked
        Assert.DoesNotContain(elders, regels.Skip(1).Select(Dossier));
        var ontvangen = Testtijd.Vandaag.AddDays(-60).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        var uiterste = Testtijd.Vandaag.AddDays(-4).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        Assert.Equal(
            $"{oud};Anna Maria Jansen;Aanvraag;Ingediend;{ontvangen};{ontvangen};{uiterste};-4;4 dagen verlopen;;",
            Assert.Single(Regels(verlopen).Skip(1)));

        Assert.Equal(("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "werkvoorraad.xlsx"), (xlsxType, xlsxNaam));
        var blad = Blad(xlsx);
        Assert.Equal(4, blad.Count);                                                        // the headings and three rows
        Assert.Equal(Testtijd.Vandaag.AddDays(-4).ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture), blad[1]["G"]);
        Assert.Equal(voor + 3, await Exports());
    }

    [DbFact]
    public async Task Toekenningen_SortOnTheServer_AndDownloadInTheOrderOnScreen()
    {
        var (later, _, _) = await app.ActieveToekenningAsync(Gemeente, dagenGeleden: 40);
        var (eerder, _, _) = await app.ActieveToekenningAsync(Gemeente, dagenGeleden: 70);
        var leider = await app.LoginAsync(Rol.Teamleider, Gemeente);
        await using var als = app.AlsGebruiker(Rol.Teamleider, Gemeente);

        var standaard = await als.Send(new ToekenningenLijst());
        var oplopend = await als.Send(new ToekenningenLijst(Sortering: ToekenningSortering.Ingangsdatum, Richting: Sorteerrichting.Oplopend));
        var pagina = await leider.GetPaginaAsync("/Toekenningen?Sortering=Ingangsdatum&Richting=Oplopend");
        var (_, naam, csv) = await DownloadAsync(leider, "/Toekenningen?Sortering=Ingangsdatum&Richting=Oplopend&handler=Export&formaat=Csv");

        Assert.Equal([later, eerder], standaard.Items.Select(t => t.Id));                      // newest ingangsdatum first
        Assert.Equal([eerder, later], oplopend.Items.Select(t => t.Id));
        Assert.Equal("ascending", pagina.Zoek("th[aria-sort]")?.GetAttribute("aria-sort"));
        Assert.Contains("Ingangsdatum", pagina.Zoek("th[aria-sort]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("toekenningen.csv", naam);
        Assert.Equal([eerder, later], Regels(csv).Skip(1).Select(Dossier));
    }

    private Task<int> Exports() => app.InDatabaseAsync(db =>
        db.AuditRegels.IgnoreQueryFilters().CountAsync(a => a.Actie == "WerkvoorraadExporteren" && a.Gemeente == Gemeente.Code, Ct));

    private static async Task<(string? Type, string? Naam, byte[] Inhoud)> DownloadAsync(HttpClient client, string adres)
    {
        using var antwoord = await client.GetAsync(new Uri(adres, UriKind.Relative), Ct);
        antwoord.EnsureSuccessStatusCode();
        return (antwoord.Content.Headers.ContentType?.MediaType, antwoord.Content.Headers.ContentDisposition?.FileNameStar,
            await antwoord.Content.ReadAsByteArrayAsync(Ct));
    }

    private static string[] Regels(byte[] csv) =>
        Encoding.UTF8.GetString(csv).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

    private static int Dossier(string regel) => int.Parse(regel[..regel.IndexOf(';', StringComparison.Ordinal)], CultureInfo.InvariantCulture);

    /// <summary>The first sheet's rows, each as column letter → raw cell value.</summary>
    private static List<Dictionary<string, string>> Blad(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        XNamespace ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var blad = XDocument.Load(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return [.. blad.Descendants(ns + "row").Select(r => r.Elements(ns + "c").ToDictionary(
            c => new string(((string)c.Attribute("r")!).TakeWhile(char.IsLetter).ToArray()),
            c => c.Element(ns + "v")?.Value ?? string.Concat(c.Descendants(ns + "t").Select(t => t.Value)),
            StringComparer.Ordinal))];
    }
}
