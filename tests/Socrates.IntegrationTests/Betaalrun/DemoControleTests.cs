using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betaalruns.Controle;
using Socrates.Application.TeBeoordelen.Lijst;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Demo;
using Socrates.Infrastructure.Identity;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>
/// The demo data of Development, made on an app of its own: dossiers, a definitive betaalrun for every month from each
/// member's earliest toekenning up to last month (through the real run code), a herziening found later and the claims the
/// ledger then shows. <c>controle</c> finds nothing, and the current month runs at once, with the herziening's look-back.
/// </summary>
public sealed class DemoControleTests(DemoControleTests.DemoApp app) : IClassFixture<DemoControleTests.DemoApp>
{
    [Fact]
    public async Task TheDemoData_HasAPaymentHistory_ClaimsFromTheLedger_AndControleFindsNoAfwijking()
    {
        foreach (var lid in Leden.Alle)
        {
            await using var teamleider = app.AlsGebruiker(Rol.Teamleider, lid);
            var uitkomst = await teamleider.Send(new BetalingenControleren());

            Assert.True(uitkomst.AantalAfwijkingen == 0, $"{lid.Naam}: {string.Join(" | ", uitkomst.Afwijkingen.Select(a => a.Omschrijving))}");
            Assert.True(uitkomst.Toekenningen >= 4, $"{lid.Naam}: {uitkomst.Toekenningen} toekenningen");
        }

        var vandaag = DateOnly.FromDateTime(app.Klok.GetUtcNow().UtcDateTime);
        var vorige = new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(-1);
        var runs = await app.InDatabaseAsync(db => db.Betaalruns.IgnoreQueryFilters().Select(r => new { r.Gemeente, r.Maand, r.Status }).ToListAsync());
        Assert.All(Leden.Alle, l => Assert.Contains(runs, r => r.Gemeente == l.Code && r.Maand == vorige && r.Status == BetaalrunStatus.Definitief));
        Assert.True(runs.Count(r => r.Gemeente == Leden.Rotterdam.Code) >= 2);
        var vorderingen = await app.InDatabaseAsync(db => db.Terugvorderingen.IgnoreQueryFilters().CountAsync());
        Assert.True(vorderingen >= 4, $"{vorderingen} demoterugvorderingen");

        // Two part-time workers per member, up to five loonstroken each (one month missing), every one counted by its month's run.
        var opgaven = await app.InDatabaseAsync(db => db.Inkomstenopgaven.IgnoreQueryFilters()
            .Select(o => new { o.Gemeente, o.ToekenningId, o.VerwerktInBetaalrunId }).ToListAsync());
        Assert.All(Leden.Alle, l => Assert.Equal(2, opgaven.Where(o => o.Gemeente == l.Code).Select(o => o.ToekenningId).Distinct().Count()));
        Assert.All(opgaven.GroupBy(o => o.ToekenningId), g => Assert.InRange(g.Count(), 1, 5));
        Assert.All(opgaven, o => Assert.NotNull(o.VerwerktInBetaalrunId));
    }

    [Fact]
    public async Task TheCurrentMonth_RunsAtOnce_LooksBackOnTheHerziening_AndStillAddsUp()
    {
        var lid = Leden.Utrecht;
        var (id, _) = await app.DefinitieveRunAsync(lid);

        var nabetalingen = await app.InDatabaseAsync(db => db.Betalingen.IgnoreQueryFilters()
            .CountAsync(b => b.BetaalrunId == id && b.Soort == BetalingSoort.Nabetaling));
        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, lid);
        var uitkomst = await teamleider.Send(new BetalingenControleren());

        Assert.True(nabetalingen > 0, "De herziening van de demo geeft de volgende betaalrun een terugblik.");
        // The demo's July 2026 figures were approved after July was paid: the run pays each household's difference of every month since.
        var indexering = await app.InDatabaseAsync(db => db.Indexeringsregels.IgnoreQueryFilters()
            .Where(r => r.Gemeente == lid.Code).Select(r => r.VerwerktInBetaalrunId).ToListAsync());
        Assert.NotEmpty(indexering);
        Assert.All(indexering, r => Assert.Equal(id, r));
        Assert.Equal(0, uitkomst.AantalAfwijkingen);
        // What waits is only the two demo workers' held months (docs/inkomsten.md): one suspended, one without an opgave.
        Assert.Equal(2, uitkomst.HuishoudensNogNaTeBetalen);
    }

    [Fact]
    public async Task TheDemoBezwaren_AreInEveryState_PerGemeente_AndASecondRunAddsNone()
    {
        var vandaag = app.Klok.Vandaag();
        var nogmaals = await DemoBezwaren.AanmakenAsync(app.Services, CancellationToken.None);
        var bezwaren = await app.InDatabaseAsync(db => db.Bezwaren.IgnoreQueryFilters().Select(b => new
        {
            b.Gemeente, b.Status, b.BehandelaarId, b.Tijdig, b.Verschoonbaar, b.HoorzittingOp, b.Hoorverslag, b.AfzienVanHoren, b.Uitkomst, b.BeslistDoor,
        }).ToListAsync());

        Assert.Equal(0, nogmaals);
        Assert.Equal(app.Bezwaren, bezwaren.Count);
        foreach (var lid in Leden.Alle)
        {
            var behandelaar = await app.GebruikerIdAsync(DemoGebruikers.Email(lid, Rol.Bezwaarbehandelaar));
            var eigen = bezwaren.Where(b => b.Gemeente == lid.Code).ToList();
            var open = eigen.Where(b => b.Status == BezwaarStatus.InBehandeling).ToList();
            Assert.True(open.Exists(b => b.BehandelaarId is null && b.Tijdig), $"{lid.Naam}: geen net ontvangen bezwaar");
            Assert.True(open.Exists(b => b.BehandelaarId == behandelaar && b.HoorzittingOp > vandaag && b.Hoorverslag is null), $"{lid.Naam}: geen geplande hoorzitting");
            Assert.True(open.Exists(b => b.BehandelaarId == behandelaar && !b.Tijdig && b.Verschoonbaar is null), $"{lid.Naam}: geen te laat bezwaar");
            Assert.Contains(eigen, b => b.Status == BezwaarStatus.BeslissingVoorgesteld && b.AfzienVanHoren == AfzienVanHorenGrond.KennelijkOngegrond
                && b.Uitkomst == BezwaarUitkomst.Ongegrond);
            var tweede = await app.GebruikerIdAsync(DemoGebruikers.Email(lid, Rol.Teamleider, 2));
            Assert.Contains(eigen, b => b.Status == BezwaarStatus.Beslist && b.Hoorverslag is not null && b.BeslistDoor == tweede);

            // The demo users see them: the bezwaarbehandelaar on his werkvoorraad, the team lead on Te beoordelen.
            await using var eigenaar = app.AlsGebruiker(Rol.Bezwaarbehandelaar, lid, behandelaar);
            var werkvoorraad = await eigenaar.Send(new Application.Werkvoorraad.Lijst.Werkvoorraad());
            Assert.Equal(open.Count + 1, werkvoorraad.Bezwaren);                            // the open ones and the proposed one
            await using var teamleider = app.AlsGebruiker(Rol.Teamleider, lid);
            Assert.Contains((await teamleider.Send(new TeBeoordelenLijst())).Regels.Items, r => r.Soort == TeBeoordelenSoort.Bezwaar);
        }
    }

    /// <summary>An app whose start-up also makes the demo data, as Development does.</summary>
    public sealed class DemoApp : SqliteApp
    {
        public override async ValueTask InitializeAsync()
        {
            await base.InitializeAsync();
            await DemoDossiers.AanmakenAsync(Services, CancellationToken.None);
            await DemoBetalingen.AanmakenAsync(Services, CancellationToken.None);
            await DemoNormen.AanmakenAsync(Services, CancellationToken.None);
            await DemoTerugvorderingen.AanmakenAsync(Services, CancellationToken.None);
            Bezwaren = await DemoBezwaren.AanmakenAsync(Services, CancellationToken.None);
        }

        /// <summary>How many demo bezwaren the first run made.</summary>
        public int Bezwaren { get; private set; }
    }
}
