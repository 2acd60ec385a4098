using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Application.Betaalruns.DefinitiefMaken;
using Socrates.Application.Betaalruns.Uitvoeren;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.TeBeoordelen.Lijst;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Persistence;
using Socrates.Testing;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>
/// The betaalrun totals on the Overzicht and a proefrun on Te beoordelen (issue #14), on a database of its own. Rotterdam:
/// three months ago a definitive run (households 1–4 of the hand-worked case in BetaalruntotalenTests: 2 paid, € 1.300,00
/// netto, € 170,00 verrekend), two months ago a definitive run (€ 1.234,56 and € 975,44 with € 25,00 withheld: 2 paid,
/// € 2.210,00, € 25,00), last month a proefrun of € 999,99 (a concept: on the Overzicht nowhere). Amsterdam's definitive run
/// of two months ago (€ 50.000,00) counts nowhere in Rotterdam.
/// </summary>
public sealed class BetaaltotalenTests(EigenApp app) : IClassFixture<EigenApp>
{
    private static readonly Lid Gemeente = Leden.Rotterdam;

    private static DateOnly DezeMaand => Maand.Van(Testtijd.Vandaag).Eerste;

    [DbFact]
    public async Task Overzicht_ShowsTheDefinitiveMonthsTotals_NotTheProefrun_NorAnotherGemeente()
    {
        await RunsAsync();

        var client = await app.LoginAsync(Rol.Teamleider, Gemeente);
        var pagina = await HtmlPagina.LeesAsync(await client.GetAsync(new Uri("/Overzicht", UriKind.Relative), TestContext.Current.CancellationToken));

        var verwacht = Enumerable.Range(0, 12).Select(n => DezeMaand.AddMonths(n - 11)).Select(m => (m.ToString("MM-yyyy", CultureInfo.InvariantCulture),
            (m == DezeMaand.AddMonths(-3), m == DezeMaand.AddMonths(-2)) switch
            {
                (true, _) => "2|€ 1.300,00|€ 170,00",
                (_, true) => "2|€ 2.210,00|€ 25,00",
                _ => "—|—|—",
            })).ToList();
        var rijen = pagina.ZoekAlle("#tabel-betaalruns tbody tr")
            .Select(r => (r.QuerySelector("th")!.TextContent.Trim(), string.Join("|", r.QuerySelectorAll("td").Select(c => c.TextContent.Trim().Replace('\u00A0', ' ')))))
            .ToList();
        Assert.Equal(verwacht, rijen);
        Assert.Equal(4, pagina.ZoekAlle("svg[aria-labelledby='kop-betaalruns'] rect").Count(r => r.GetAttribute("height") != "0"));

        var consulent = await app.LoginAsync(Rol.Consulent, Gemeente);
        var eigen = await HtmlPagina.LeesAsync(await consulent.GetAsync(new Uri("/Overzicht", UriKind.Relative), TestContext.Current.CancellationToken));
        Assert.Null(eigen.Zoek("#tabel-betaalruns"));
        Assert.Contains("Ze staan in het overzicht van de teamleider", eigen.Tekst, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task TheMigrationsFill_GivesEveryComputedRunTheTotalsTheRunKept()
    {
        var ids = await RunsAsync();
        var waar = $"\"Id\" IN ({string.Join(", ", ids)})";
        var bewaard = await TotalenAsync(ids);

        await app.InDatabaseAsync(async db =>
        {
            await db.Betaalruns.IgnoreQueryFilters().Where(r => ids.Contains(r.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.HuishoudensBetaald, (int?)null).SetProperty(r => r.TotaalBetaald, (Bedrag?)null).SetProperty(r => r.TotaalVerrekend, (Bedrag?)null));
            return await db.Database.ExecuteSqlRawAsync(Betaalruntotalenvulling.Opdracht(db.Database.IsSqlServer(), waar));
        });

        Assert.Equal(bewaard, await TotalenAsync(ids));
        Assert.Contains(new Betaalruntotalen(2, Bedrag.Euro(1_300), Bedrag.Euro(170)), bewaard);
        Assert.Contains(new Betaalruntotalen(1, Bedrag.Euro(999.99m), Bedrag.Nul), bewaard);
    }

    [DbFact]
    public async Task TeBeoordelen_ListsTheProefrunWithItsTotals_LinkedToItsPage_NeverSelectable()
    {
        await RunsAsync();

        string sleutel;
        await using (var leider = app.AlsGebruiker(Rol.Teamleider, Gemeente))
        {
            var rij = Assert.Single((await leider.Send(new TeBeoordelenLijst())).Regels.Items, r => r.Soort == TeBeoordelenSoort.Betaalrun);
            Assert.Equal((DezeMaand.AddMonths(-1), new Betaalruntotalen(1, Bedrag.Euro(999.99m), Bedrag.Nul), false, false),
                (rij.Maand!.Value, rij.Betaaltotalen, rij.Eigen, rij.Kiesbaar));
            sleutel = rij.Sleutel;
        }

        var client = await app.LoginAsync(Rol.Teamleider, Gemeente);
        var pagina = await HtmlPagina.LeesAsync(await client.GetAsync(new Uri("/TeBeoordelen", UriKind.Relative), TestContext.Current.CancellationToken));
        var maand = DezeMaand.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var link = pagina.Zoek($"a[href='/Betaalruns/DefinitiefMaken/{maand}']");
        Assert.NotNull(link);
        var regel = link.Closest("tr")!;
        Assert.Null(regel.QuerySelector("input[type=checkbox]"));
        Assert.Contains("€ 999,99 netto aan 1 huishouden, € 0,00 verrekend met terugvorderingen", regel.TextContent.Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.Contains("maak hem daar definitief", regel.TextContent, StringComparison.Ordinal);

        var uitkomst = await HtmlPagina.LeesAsync(await client.PostVeldenAsync("/TeBeoordelen", [new("Keuze", sleutel)], "/TeBeoordelen?handler=Goedkeuren"));
        Assert.Contains("Een betaalrun maakt u definitief op zijn eigen pagina", uitkomst.Zoek("#uitkomst")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(BetaalrunStatus.Proef, await app.InDatabaseAsync(db => db.Betaalruns.IgnoreQueryFilters().Where(r => r.Gemeente == Gemeente.Code && r.Maand == DezeMaand.AddMonths(-1)).Select(r => r.Status).SingleAsync()));
    }

    /// <summary>The runs of the summary, made once per database (the tests of this class share it).</summary>
    private async Task<IReadOnlyList<int>> RunsAsync()
    {
        if (await RunIdAsync(Gemeente, DezeMaand.AddMonths(-3)) > 0)
        {
            return [.. await app.InDatabaseAsync(db => db.Betaalruns.IgnoreQueryFilters().Select(r => r.Id).ToListAsync())];
        }

        return
        [
            await RunAsync(Gemeente, DezeMaand.AddMonths(-3), true, (1, 50, 1_000), (2, 0, 400), (2, 0, -100), (3, 120, 0), (4, 0, 150), (4, 0, -150)),
            await RunAsync(Gemeente, DezeMaand.AddMonths(-2), true, (1, 0, 1_234.56m), (5, 25, 975.44m)),
            await RunAsync(Gemeente, DezeMaand.AddMonths(-1), false, (1, 0, 999.99m)),
            await RunAsync(Leden.Amsterdam, DezeMaand.AddMonths(-2), true, (1, 0, 50_000)),
        ];
    }

    private Task<int> RunIdAsync(Lid gemeente, DateOnly maand) =>
        app.InDatabaseAsync(db => db.Betaalruns.IgnoreQueryFilters().Where(r => r.Gemeente == gemeente.Code && r.Maand == maand).Select(r => r.Id).SingleOrDefaultAsync());

    private async Task<List<Betaalruntotalen?>> TotalenAsync(IReadOnlyList<int> ids) =>
        [.. (await app.InDatabaseAsync(db => db.Betaalruns.IgnoreQueryFilters().AsNoTracking().Where(r => ids.Contains(r.Id)).OrderBy(r => r.Id).ToListAsync())).Select(r => r.Totalen)];

    /// <summary>
    /// A run with these lines (household, verrekend, te betalen in euros), written straight into the database as the run's
    /// parts would, then completed by the betaalrun's system identity and, when <paramref name="definitief"/>, made definitive
    /// by a second team lead: both through their real commands, which keep the totals.
    /// </summary>
    private async Task<int> RunAsync(Lid gemeente, DateOnly maand, bool definitief, params (int Huishouden, decimal Verrekend, decimal TeBetalen)[] regels)
    {
        var id = await app.InDatabaseAsync(async db =>
        {
            var run = Domain.Betalingen.Betaalrun.Starten(gemeente.Code, maand, Betaalruns.Starter, app.Klok.GetUtcNow().UtcDateTime);
            db.Betaalruns.Add(run);
            await db.SaveChangesAsync();
            db.Betalingen.AddRange(regels.Select((r, i) => new Betaling(new Betaalregel
            {
                ToekenningId = 9_000 + i, AanvraagId = 9_000 + i, AanvragerId = 8_000 + r.Huishouden, Naam = "Test", Dagen = 30, DagenInMaand = 30,
                Norm = Bedrag.Euro(1_401.50m), InkomenInAanmerking = Bedrag.Nul, Bijstand = Bedrag.Euro(r.TeBetalen + r.Verrekend),
                VakantietoeslagGereserveerd = Bedrag.Nul, VakantietoeslagUitbetaald = Bedrag.Nul, Verrekend = Bedrag.Euro(r.Verrekend),
                TeBetalen = Bedrag.Euro(r.TeBetalen), Signalen = Signaal.Geen,
            }, gemeente.Code, run.Id, maand)));
            await db.SaveChangesAsync();
            return run.Id;
        });

        await using (var systeem = new AlsGebruiker(app.Services.CreateAsyncScope()))
        {
            systeem.Services.GetRequiredService<GebruikerContext>().ZetSysteem(Systeemidentiteit.Betaalrun, gemeente.Code);
            await systeem.Send(new BetaalrunAfronden(id));
        }

        if (definitief)
        {
            await using var tweede = app.AlsGebruiker(Rol.Teamleider, gemeente, Betaalruns.Tweede);
            var versie = await app.InDatabaseAsync(db => db.Betaalruns.IgnoreQueryFilters().Where(r => r.Id == id).Select(r => r.Versie).SingleAsync());
            await tweede.Send(new BetaalrunDefinitiefMaken { Maand = Betaalruns.Tekst(maand), Versie = versie, Bevestigd = true });
        }

        return id;
    }
}
