using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;
using Socrates.IntegrationTests.Slices.Terugvorderingen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Algemeen;

/// <summary>
/// A creating form posted twice as it was opened (a double click, or back and send again) creates one row, and the second
/// answer leads to the same place as the first: new terugvordering, debtor payment, note and melding.
/// </summary>
public sealed class DubbelVerzendenTests(AppFixture app)
{
    private static readonly Lid Gemeente = Leden.Utrecht;
    private static readonly string Vandaag = Vorderingshulp.Vandaag.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbFact]
    public async Task ANewTerugvordering_PostedTwice_IsOneClaim()
    {
        var (toekenning, _, _) = await app.ToekenningAsync(Gemeente);

        var (eerste, tweede) = await TweeKeerAsync(Rol.Consulent, $"/Terugvorderingen/Voorstellen?toekenning={toekenning}", new()
        {
            ["Input.Grond"] = nameof(Terugvorderingsgrond.Lid1Inlichtingenplicht), ["Input.Motivering"] = "Loon niet gemeld.",
            ["Input.Maanden[0].Maand"] = Vorderingshulp.DezeMaand, ["Input.Maanden[0].Bedrag"] = "300,00",
        });

        Assert.Equal(eerste, tweede);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Terugvorderingen.IgnoreQueryFilters().CountAsync(t => t.ToekenningId == toekenning, Ct)));
    }

    [DbFact]
    public async Task ADebtorPayment_PostedTwice_IsOneLedgerRow()
    {
        var (toekenning, _, _) = await app.ToekenningAsync(Gemeente);
        var id = await app.VastgesteldAsync(Gemeente, Vorderingshulp.Voorstel(toekenning, Terugvorderingsgrond.Lid1Inlichtingenplicht, (Vorderingshulp.DezeMaand, 800m)));
        var referentie = "BANK-" + Guid.NewGuid().ToString("N")[..8];

        var (eerste, tweede) = await TweeKeerAsync(Rol.Consulent, $"/Terugvorderingen/Betalingen/{id}", new()
        {
            ["Input.Datum"] = Vandaag, ["Input.Bedrag"] = "75,00", ["Input.Referentie"] = referentie,
        });

        Assert.Equal(eerste, tweede);
        Assert.Single((await app.VorderingAsync(id)).Mutaties, m => m.Referentie == referentie);
    }

    [DbFact]
    public async Task ANote_PostedTwice_IsOneNote()
    {
        var id = await app.IngediendAsync(Gemeente);

        var (eerste, tweede) = await TweeKeerAsync(Rol.Consulent, $"/Aanvragen/Dossier/{id}", new() { ["Input.Tekst"] = "Afspraak gemaakt." }, $"/Aanvragen/Dossier/{id}?handler=Notitie");

        Assert.Equal(eerste, tweede);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Notities.IgnoreQueryFilters().CountAsync(n => n.AanvraagId == id, Ct)));
    }

    [DbFact]
    public async Task AMelding_PostedTwice_IsOneAanvraag()
    {
        var persoon = await app.PersoonAsync(Gemeente);

        var (eerste, tweede) = await TweeKeerAsync(Rol.Consulent, $"/Personen/Details/{persoon}", new() { ["Input.Meldingsdatum"] = Vandaag });

        Assert.Equal(eerste, tweede);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().CountAsync(a => a.AanvragerId == persoon, Ct)));
    }

    [DbFact]
    public async Task EveryOtherCreatingForm_CarriesAKeyOfItsOwn()
    {
        var aanvraag = await app.IngediendAsync(Gemeente);
        var (toekenning, _, toegekend) = await app.ToekenningAsync(Gemeente);
        var vordering = await app.VastgesteldAsync(Gemeente, Vorderingshulp.Voorstel(toekenning, Terugvorderingsgrond.Lid1Inlichtingenplicht, (Vorderingshulp.DezeMaand, 500m)));
        var consulent = await app.LoginAsync(Rol.Consulent, Gemeente);
        var beheerder = await app.LoginAsync(Rol.Beheerder, Gemeente);
        string[] paginas =
        [
            "/Personen/Registreren", $"/Aanvragen/Wijziging/{toegekend}", $"/Aanvragen/Bewijsstukken/{aanvraag}",
            $"/Aanvragen/Huishouden/Kinderen/{aanvraag}", $"/Aanvragen/Huishouden/Medebewoners/{aanvraag}",
            $"/Aanvragen/Huishouden/Inkomsten/{aanvraag}", $"/Aanvragen/Huishouden/Vermogen/{aanvraag}",
            $"/Terugvorderingen/Boete/{vordering}", $"/Terugvorderingen/Correctie/{vordering}", $"/Terugvorderingen/Aanmaning/{vordering}",
        ];

        var sleutels = new List<string>();
        foreach (var url in paginas.Append("/Beheer/Gemeenteregels/Vastleggen"))
        {
            var formulier = await (url.StartsWith("/Beheer", StringComparison.Ordinal) ? beheerder : consulent).OpenFormulierAsync(url);
            var sleutel = formulier.Verborgen.GetValueOrDefault("Input.Formuliersleutel");
            Assert.True(Guid.TryParse(sleutel, out _), $"{url} heeft geen formuliersleutel");
            sleutels.Add(sleutel!);
        }

        Assert.Equal(sleutels.Count, sleutels.Distinct().Count());
    }

    /// <summary>Opens the form once and posts it twice; returns where each answer leads (both must be redirects).</summary>
    private async Task<(string Eerste, string Tweede)> TweeKeerAsync(string rol, string url, Dictionary<string, string> velden, string? postUrl = null)
    {
        var client = await app.LoginAsync(rol, Gemeente);
        var formulier = await client.OpenFormulierAsync(url);
        Assert.True(Guid.TryParse(formulier.Verborgen.GetValueOrDefault("Input.Formuliersleutel"), out _), $"{url} heeft geen formuliersleutel");
        using var eerste = await client.VerstuurAsync(formulier, velden, postUrl);
        using var tweede = await client.VerstuurAsync(formulier, velden, postUrl);
        Assert.True(eerste.StatusCode == HttpStatusCode.Redirect, $"{url}: {eerste.StatusCode} {(await HtmlPagina.LeesAsync(eerste)).Formulierfout}");
        Assert.Equal(HttpStatusCode.Redirect, tweede.StatusCode);
        return (eerste.Headers.Location!.OriginalString, tweede.Headers.Location!.OriginalString);
    }
}
