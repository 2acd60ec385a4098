using Socrates.Application.Bezwaren.Behandelaar;
using Socrates.Application.Bezwaren.Verdagen;
using Socrates.Application.Werkvoorraad.Lijst;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;
using WerkvoorraadVraag = Socrates.Application.Werkvoorraad.Lijst.Werkvoorraad;

namespace Socrates.IntegrationTests.EigenDatabase.Werkvoorraad;

/// <summary>
/// An open bezwaar on the werkvoorraad (issue #15): on the lists of the right people only, with the days left of its beslistermijn
/// (Awb 7:10, with the Algemene termijnenwet and a verdaging) worked out by hand and coloured like an aanvraag's, linking to its page.
/// </summary>
public sealed class WerkvoorraadBezwarenTests(WerkvoorraadBezwarenTests.App app) : IClassFixture<WerkvoorraadBezwarenTests.App>
{
    private static readonly Lid Gemeente = Leden.Utrecht;

    [Fact]
    public async Task AnOpenBezwaar_IsOnTheWerkvoorraadOfTheRightPeople_WithItsDaysLeft_ColouredAsItsTermRuns()
    {
        var (_, consulent) = await app.MedewerkerAsync(Rol.Consulent, Gemeente);
        var (_, collega) = await app.MedewerkerAsync(Rol.Consulent, Gemeente);
        var (_, behandelaar) = await app.MedewerkerAsync(Rol.Bezwaarbehandelaar, Gemeente);
        var (_, andereBehandelaar) = await app.MedewerkerAsync(Rol.Bezwaarbehandelaar, Gemeente);
        var besluit = await app.BeslotenAsync(Gemeente, consulent);
        var id = await app.BezwaarTegenAsync(Gemeente, besluit);          // besluit sent and bezwaar received on Fri 2 Oct 2026
        var verdaagd = await app.BezwaarTegenAsync(Gemeente, await app.BeslotenAsync(Gemeente, consulent));
        await using (var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente))
        {
            await teamleider.Send(new BeslissingVerdagen { BezwaarId = verdaagd, Versie = await app.BezwaarVersieAsync(verdaagd), Reden = "Advies van de arts is nodig." });
        }

        // The bezwaartermijn ends Fri 13 Nov (6:7, 6:8); six weeks on is Fri 25 Dec, Eerste Kerstdag, then Tweede Kerstdag and a
        // Sunday: the term ends Mon 28 Dec 2026 (Awb 7:10 lid 1, Atw art. 1 and 3). From 2 Oct that is 29 + 30 + 28 = 87 days.
        var team = await app.ZietAsync(Rol.Teamleider, Gemeente, null, new WerkvoorraadVraag { Weergave = WerkvoorraadWeergave.Team });
        var regel = Assert.Single(team.Regels.Items, r => r.IsBezwaar && r.Id == id);
        Assert.Equal((id, Werkvoorraadsoort.Bezwaar, (AanvraagStatus?)null), (regel.Id, regel.Soort, regel.Status));
        Assert.Equal(new WerkvoorraadBezwaar(BezwaarStatus.InBehandeling, BestredenBesluitsoort.Toekenning, besluit.AanvraagId, null), regel.Bezwaar);
        Assert.Equal(new BeslistermijnSignaal(new DateOnly(2026, 12, 28), 87, TermijnKleur.OpTijd), regel.Termijn);
        Assert.Equal((new DateOnly(2026, 10, 2), (string?)null), (regel.Ontvangstdatum!.Value, regel.BehandelaarId));
        Assert.Equal("Anna Maria Jansen", regel.Aanvrager);
        Assert.Equal(team.Regels.Items.Count(r => r.IsBezwaar), team.Bezwaren);
        // Verdaagd (Awb 7:10 lid 3): six weeks more, Fri 5 Feb 2027, 126 days.
        Assert.Equal(new BeslistermijnSignaal(new DateOnly(2027, 2, 5), 126, TermijnKleur.OpTijd), team.Regels.Items.Single(r => r.Id == verdaagd && r.IsBezwaar).Termijn);

        // Who sees it: the consulent of the dossier, every bezwaarbehandelaar while nobody handles it; not a colleague, not Rotterdam.
        ditTest = [id, verdaagd];
        Assert.Equal([id, verdaagd], await BezwarenVanAsync(Rol.Consulent, consulent, WerkvoorraadWeergave.Mijn));
        Assert.Equal([id, verdaagd], await BezwarenVanAsync(Rol.Consulent, consulent, WerkvoorraadWeergave.Team));
        Assert.Empty(await BezwarenVanAsync(Rol.Consulent, collega, WerkvoorraadWeergave.Mijn));
        Assert.Empty(await BezwarenVanAsync(Rol.Consulent, collega, WerkvoorraadWeergave.Team));
        Assert.Equal([id, verdaagd], await BezwarenVanAsync(Rol.Bezwaarbehandelaar, behandelaar, WerkvoorraadWeergave.Mijn));
        Assert.Equal([id, verdaagd], await BezwarenVanAsync(Rol.Bezwaarbehandelaar, andereBehandelaar, WerkvoorraadWeergave.Mijn));
        var rotterdam = await app.ZietAsync(Rol.Teamleider, Leden.Rotterdam, null, new WerkvoorraadVraag { Weergave = WerkvoorraadWeergave.Team });
        Assert.DoesNotContain(rotterdam.Regels.Items, r => r.IsBezwaar);
        Assert.Equal(0, rotterdam.Bezwaren);

        // Assigned: his, no longer the other behandelaar's; the consulent sees who handles it.
        await using (var als = app.AlsGebruiker(Rol.Bezwaarbehandelaar, Gemeente, behandelaar))
        {
            await als.Send(new BehandelaarToewijzen { BezwaarId = id, Versie = await app.BezwaarVersieAsync(id), BehandelaarId = behandelaar });
        }

        Assert.Equal([id, verdaagd], await BezwarenVanAsync(Rol.Bezwaarbehandelaar, behandelaar, WerkvoorraadWeergave.Mijn));
        Assert.Equal([verdaagd], await BezwarenVanAsync(Rol.Bezwaarbehandelaar, andereBehandelaar, WerkvoorraadWeergave.Mijn));
        var bijConsulent = Assert.Single((await app.ZietAsync(Rol.Consulent, Gemeente, consulent, new WerkvoorraadVraag())).Regels.Items, r => r.IsBezwaar && r.Id == id);
        Assert.Equal((behandelaar, "Test " + Rol.Bezwaarbehandelaar), (bijConsulent.BehandelaarId, bijConsulent.BehandelaarNaam));
        var alleenBezwaren = await app.ZietAsync(Rol.Bezwaarbehandelaar, Gemeente, behandelaar, new WerkvoorraadVraag());
        Assert.All(alleenBezwaren.Regels.Items, r => Assert.True(r.IsBezwaar));        // he opens no dossier: no aanvragen

        // Wed 16 Dec: 12 days left, within the 14 signal days: amber, and in the filter "binnen signaal" only.
        app.Klok.Advance(TimeSpan.FromDays(75));
        Assert.Equal(new BeslistermijnSignaal(new DateOnly(2026, 12, 28), 12, TermijnKleur.Bijna), (await TermijnAsync(id, null))!);
        Assert.NotNull(await TermijnAsync(id, TermijnFilter.BinnenSignaal));
        Assert.Null(await TermijnAsync(id, TermijnFilter.Verlopen));

        // Tue 29 Dec: one day overdue: red, and in the filter "verlopen" only.
        app.Klok.Advance(TimeSpan.FromDays(13));
        Assert.Equal(new BeslistermijnSignaal(new DateOnly(2026, 12, 28), -1, TermijnKleur.Verlopen), (await TermijnAsync(id, TermijnFilter.Verlopen))!);
        Assert.Null(await TermijnAsync(id, TermijnFilter.BinnenSignaal));
    }

    [Fact]
    public async Task TheRow_LinksToTheBezwaarsPage_ForTheTeamLead_AndToTheDossier_ForTheConsulent()
    {
        var (email, consulent) = await app.MedewerkerAsync(Rol.Consulent, Gemeente);
        var besluit = await app.BeslotenAsync(Gemeente, consulent);
        var id = await app.BezwaarTegenAsync(Gemeente, besluit);
        await app.IngediendAsync(Gemeente, dagenGeleden: 10);                       // an open aanvraag too: a mixed list
        var regel = (await app.ZietAsync(Rol.Teamleider, Gemeente, null, new WerkvoorraadVraag { Weergave = WerkvoorraadWeergave.Team }))
            .Regels.Items.Single(r => r.IsBezwaar && r.Id == id);

        var leider = await app.LoginAsync(Rol.Teamleider, Gemeente);
        var pagina = await leider.GetPaginaAsync("/Werkvoorraad?Weergave=Team");
        var rij = pagina.ZoekAlle("tbody th a").Single(a => a.GetAttribute("href") == $"/Bezwaren/Details/{id}").Closest("tr")!;
        using var eigen = app.NieuweClient();
        await eigen.InloggenAsync(email, SocratesApp.Wachtwoord);
        var mijn = await eigen.GetPaginaAsync("/Werkvoorraad");

        Assert.Equal("Bezwaar", rij.QuerySelector(".badge")?.TextContent);
        Assert.Contains("tegen de toekenning van bijstand", rij.TextContent, StringComparison.Ordinal);
        Assert.Equal($"nog {regel.Termijn!.DagenOver} dagen", rij.QuerySelector(".text-bg-success")?.TextContent);
        Assert.Matches(@"^\d+ aanvra(ag|gen) en \d+ bezwa(ar|ren)", pagina.Zoek("#aantal")!.TextContent.Trim());
        // The consulent has no bezwaar pages (Paginarechten): his row leads to the dossier whose besluit is contested.
        var link = Assert.Single(mijn.ZoekAlle("tbody th a"));
        Assert.Equal($"/Aanvragen/Dossier/{besluit.AanvraagId}", link.GetAttribute("href"));
        Assert.Equal("1 bezwaar", mijn.Zoek("#aantal")!.TextContent.Trim());
    }

    [Fact]
    public async Task TheBezwaarbehandelaar_OpensTheWerkvoorraad_WithBezwarenOnly_AndALinkToTakeAnUnassignedOne()
    {
        var (_, consulent) = await app.MedewerkerAsync(Rol.Consulent, Gemeente);
        var id = await app.BezwaarTegenAsync(Gemeente, await app.BeslotenAsync(Gemeente, consulent));
        await app.IngediendAsync(Gemeente, dagenGeleden: 10);                       // an open aanvraag he must not see
        var (email, _) = await app.MedewerkerAsync(Rol.Bezwaarbehandelaar, Gemeente);
        using var client = app.NieuweClient();
        await client.InloggenAsync(email, SocratesApp.Wachtwoord);

        var pagina = await client.GetPaginaAsync("/Werkvoorraad");

        Assert.Equal(System.Net.HttpStatusCode.OK, pagina.Status);
        Assert.Matches(@"^\d+ bezwa(ar|ren)$", pagina.Zoek("#aantal")!.TextContent.Trim());
        Assert.All(pagina.ZoekAlle("tbody th a"), a => Assert.StartsWith("/Bezwaren/Details/", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.NotNull(pagina.Zoek($"a[href='/Bezwaren/Behandelaar/{id}']"));
        Assert.Null(pagina.Zoek("a[href='/Werkvoorraad/Aow']"));                  // the AOW tab is about dossiers
        Assert.Null(pagina.Zoek("select[name='Status']"));
    }

    /// <summary>The bezwaren of this test (the other test's may be there too) on this user's list, in its order.</summary>
    private List<int> ditTest = [];

    private async Task<List<int>> BezwarenVanAsync(string rol, string id, WerkvoorraadWeergave weergave) =>
        [.. (await app.ZietAsync(rol, Gemeente, id, new WerkvoorraadVraag { Weergave = weergave })).Regels.Items
            .Where(r => r.IsBezwaar && ditTest.Contains(r.Id)).Select(r => r.Id)];

    private async Task<BeslistermijnSignaal?> TermijnAsync(int id, TermijnFilter? filter) =>
        (await app.ZietAsync(Rol.Teamleider, Gemeente, null, new WerkvoorraadVraag { Weergave = WerkvoorraadWeergave.Team, Termijn = filter }))
        .Regels.Items.SingleOrDefault(r => r.IsBezwaar && r.Id == id)?.Termijn;

    /// <summary>An app of its own, its clock on Friday 2 October 2026 (this class moves it).</summary>
    public sealed class App() : SqliteApp(BezwaarWerkvoorraad.Begin);
}
