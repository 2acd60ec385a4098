using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Werkvoorraad.Lijst;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;
using WerkvoorraadVraag = Socrates.Application.Werkvoorraad.Lijst.Werkvoorraad;

namespace Socrates.IntegrationTests.EigenDatabase.Werkvoorraad;

/// <summary>
/// A werkvoorraad of aanvragen and bezwaren mixed, on the team lead's list of a gemeente of its own: sorted, filtered and paged on
/// the server as one list (a bezwaar sorts by its beslistermijn like an aanvraag), and downloaded in the order on screen.
/// On Monday 14 December 2026 the list holds (days left): A60 (−4), A45 (11), B1 (14), A30 (26), A10 (46), 22 × A5 (51), B2 (84).
/// </summary>
public sealed class WerkvoorraadGemengdTests(WerkvoorraadGemengdTests.App app) : IClassFixture<WerkvoorraadGemengdTests.App>
{
    private static readonly Lid Gemeente = Leden.Utrecht;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MixedRows_SortFilterAndPageOnTheServer_AndTheExportFollowsTheScreen()
    {
        var l = await app.LijstAsync();
        var termijn = new List<(Werkvoorraadsoort, int)> { A(l.A60), A(l.A45), B(l.B1), A(l.A30), A(l.A10) };
        termijn.AddRange(l.A5.Select(A));
        termijn.Add(B(l.B2));

        // Beslistermijn: one order over both kinds; 28 rows, 25 on the first page.
        var eerste = await LijstAsync(new WerkvoorraadVraag { Weergave = WerkvoorraadWeergave.Team });
        var tweede = await LijstAsync(new WerkvoorraadVraag { Weergave = WerkvoorraadWeergave.Team, Pagina = 2 });
        Assert.Equal((28, 2, 25), (eerste.Regels.Totaal, eerste.Bezwaren, eerste.Regels.Items.Count));
        Assert.Equal(termijn, [.. eerste.Regels.Items.Concat(tweede.Regels.Items).Select(r => (r.Soort, r.Id))]);
        Assert.Equal([A(l.A5[20]), A(l.A5[21]), B(l.B2)], tweede.Regels.Items.Select(r => (r.Soort, r.Id)));
        var b1 = eerste.Regels.Items.Single(r => r.IsBezwaar && r.Id == l.B1);
        Assert.Equal(new BeslistermijnSignaal(new DateOnly(2026, 12, 28), 14, TermijnKleur.Bijna), b1.Termijn);
        Assert.Equal(new BeslistermijnSignaal(new DateOnly(2027, 3, 8), 84, TermijnKleur.OpTijd), tweede.Regels.Items[^1].Termijn);
        var aflopend = await app.AllePaginasAsync(Rol.Teamleider, Gemeente, null, new WerkvoorraadVraag { Weergave = WerkvoorraadWeergave.Team, Richting = Sorteerrichting.Aflopend });
        Assert.Equal(Enumerable.Reverse(termijn), aflopend);

        // Ontvangen: B1 on 2 Oct comes first, B2 today last.
        var ontvangst = await app.AllePaginasAsync(Rol.Teamleider, Gemeente, null, new WerkvoorraadVraag { Weergave = WerkvoorraadWeergave.Team, Sortering = WerkvoorraadSortering.Ontvangst });
        Assert.Equal([B(l.B1), A(l.A60), A(l.A45), A(l.A30), A(l.A10), .. l.A5.Select(A), B(l.B2)], ontvangst);

        // Status: the ingediende aanvragen, then the bezwaren in behandeling; name: every row once over the pages (ids may be shared).
        var status = await app.AllePaginasAsync(Rol.Teamleider, Gemeente, null, new WerkvoorraadVraag { Weergave = WerkvoorraadWeergave.Team, Sortering = WerkvoorraadSortering.Status });
        Assert.Equal([B(l.B1), B(l.B2)], status[^2..]);
        var naam = await app.AllePaginasAsync(Rol.Teamleider, Gemeente, null, new WerkvoorraadVraag { Weergave = WerkvoorraadWeergave.Team, Sortering = WerkvoorraadSortering.Naam });
        Assert.Equal(termijn.Order(), naam.Order());

        // The term filters take bezwaren as they take aanvragen; an aanvraag status selects no bezwaar; the search finds a bezwaar's person.
        Assert.Equal([A(l.A60)], await app.AllePaginasAsync(Rol.Teamleider, Gemeente, null, Team(TermijnFilter.Verlopen)));
        Assert.Equal([A(l.A45), B(l.B1)], await app.AllePaginasAsync(Rol.Teamleider, Gemeente, null, Team(TermijnFilter.BinnenSignaal)));
        var ingediend = await LijstAsync(new WerkvoorraadVraag { Weergave = WerkvoorraadWeergave.Team, Status = AanvraagStatus.Ingediend });
        Assert.Equal((26, 0), (ingediend.Regels.Totaal, ingediend.Bezwaren));
        var bsn = await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().Where(p => p.Id == l.B1Persoon).Select(p => p.Bsn).SingleAsync(Ct));
        Assert.Equal([B(l.B1)], await app.AllePaginasAsync(Rol.Teamleider, Gemeente, null, new WerkvoorraadVraag { Weergave = WerkvoorraadWeergave.Team, Zoekterm = bsn.Waarde }));

        // The download: every row in the order on screen, a bezwaar with its kind, its receipt, term and contested besluit.
        var leider = await app.LoginAsync(Rol.Teamleider, Gemeente);
        using var antwoord = await leider.GetAsync(new Uri("/Werkvoorraad?Weergave=Team&handler=Export&formaat=Csv", UriKind.Relative), Ct);
        antwoord.EnsureSuccessStatusCode();
        var regels = Encoding.UTF8.GetString(await antwoord.Content.ReadAsByteArrayAsync(Ct)).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(termijn.Select(t => t.Item2), regels.Skip(1).Select(r => int.Parse(r[..r.IndexOf(';', StringComparison.Ordinal)], CultureInfo.InvariantCulture)));
        Assert.Equal($"{l.B1};Anna Maria Jansen;Bezwaar;In behandeling;;02-10-2026;28-12-2026;14;nog 14 dagen;;toekenning van bijstand", regels[3]);
    }

    private static (Werkvoorraadsoort, int) A(int id) => (Werkvoorraadsoort.Aanvraag, id);

    private static (Werkvoorraadsoort, int) B(int id) => (Werkvoorraadsoort.Bezwaar, id);

    private static WerkvoorraadVraag Team(TermijnFilter termijn) => new() { Weergave = WerkvoorraadWeergave.Team, Termijn = termijn };

    private Task<WerkvoorraadView> LijstAsync(WerkvoorraadVraag vraag) => app.ZietAsync(Rol.Teamleider, Gemeente, null, vraag);

    /// <summary>The rows of the test, by name as the summary gives them.</summary>
    public sealed record Rijen(int A60, int A45, int A30, int A10, IReadOnlyList<int> A5, int B1, int B1Persoon, int B2);

    /// <summary>
    /// An app of its own: on Fri 2 October 2026 bezwaar B1 (term Mon 28 Dec); the clock moves to Mon 14 Dec 2026, where bezwaar B2
    /// (term Mon 8 Mar 2027) and the aanvragen received 60, 45, 30, 10 and 5 days ago (8 weeks each, Awb 4:13) are made.
    /// </summary>
    public sealed class App() : SqliteApp(BezwaarWerkvoorraad.Begin)
    {
        private Rijen? rijen;

        public async Task<Rijen> LijstAsync()
        {
            if (rijen is not null)
            {
                return rijen;
            }

            var (_, consulent) = await this.MedewerkerAsync(Rol.Consulent, Gemeente);
            var eerste = await this.BeslotenAsync(Gemeente, consulent);
            var b1 = await this.BezwaarTegenAsync(Gemeente, eerste);
            Klok.Advance(TimeSpan.FromDays(73));
            var b2 = await this.BezwaarTegenAsync(Gemeente, await this.BeslotenAsync(Gemeente, consulent));
            var a60 = await this.IngediendAsync(Gemeente, 60);
            var a45 = await this.IngediendAsync(Gemeente, 45);
            var a30 = await this.IngediendAsync(Gemeente, 30);
            var a10 = await this.IngediendAsync(Gemeente, 10);
            var a5 = new List<int>();
            for (var i = 0; i < 22; i++)
            {
                a5.Add(await this.IngediendAsync(Gemeente, 5));
            }

            rijen = new Rijen(a60, a45, a30, a10, a5, b1, eerste.PersoonId, b2);
            return rijen;
        }
    }
}
