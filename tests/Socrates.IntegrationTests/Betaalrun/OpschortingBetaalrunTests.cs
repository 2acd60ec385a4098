using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Inkomstenopgaven.Ontbrekend;
using Socrates.Application.Inkomstenopgaven.Opgaveplicht;
using Socrates.Application.Inkomstenopgaven.Opschorting;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Inkomsten;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>
/// The opgaveplicht under the default rule "betalen na de inkomstenopgave" (docs/inkomsten.md), a missing opgave, the
/// opschorting (art. 54 lid 1 en 2 Participatiewet) and its herstel. A single person of 41, bijstand from 1 March 2026:
/// € 1.401,50 incl. € 70,08 vakantietoeslag, paid € 1.331,42 without income; runs on the 3rd; the opgave is due ten days after
/// its month, the hersteltermijn is fourteen days. Worked by hand (art. 31 lid 2 onder n: 25 % up to € 285 for six months):
/// <list type="bullet">
/// <item>March run: no opgave for March yet, held (0, "wacht op inkomstenopgave").</item>
/// <item>March € 600 (month 1): vrijlating 150, income 450, bijstand 951,50 incl. vt 47,58: the April run pays € 903,92 after; April held.</item>
/// <item>April's opgave stays out (due 10 May): the May run pays nothing; on 12 May it is on the werkvoorraad and the right is
/// suspended from 1 April, herstel by 26 May. The June run pays nothing, signal "opgeschort".</item>
/// <item>5 June April € 200 (month 2: vrijlating 50, income 150, bijstand 1.251,50, vt 62,58, paid 1.188,92) ends the opschorting;
/// May € 400 (month 3: vrijlating 100, income 300, bijstand 1.101,50, vt 55,08, paid 1.046,42). The July run pays both
/// after, € 2.235,34; June and July wait for their opgaven.</item>
/// <item>June € 0 (no vrijlating month used): € 1.331,42 paid after by the August run, and April and May not again.</item>
/// </list>
/// </summary>
public sealed class OpschortingBetaalrunTests(GeldketenApp app) : IClassFixture<GeldketenApp>
{
    private static readonly Lid Gemeente = Leden.Amsterdam;

    private static DateOnly M(int maand) => new(2026, maand, 1);

    [DbFact]
    public async Task MissingOpgave_Opschorting_HeldNotLost_PaidOnceWhenTheOpgaveArrives()
    {
        app.Vandaag(new DateOnly(2026, 3, 2));
        var toekenning = await app.ToekenningAsync(Gemeente, M(3));
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            await consulent.Send(new OpgaveplichtVastleggen { ToekenningId = toekenning.Id, Vanaf = "2026-03" });
        }

        app.Vandaag(new DateOnly(2026, 3, 3));
        var maart = Assert.Single(await app.RegelsAsync(await app.RunAsync(Gemeente, M(3))));
        Assert.Equal((Bedrag.Nul, true), (maart.TeBetalen, maart.Signalen.HasFlag(Signaal.WachtOpOpgave)));

        app.Vandaag(new DateOnly(2026, 4, 2));
        await app.RegistreerAsync(Gemeente, toekenning, 3, 600m);
        app.Vandaag(new DateOnly(2026, 4, 3));
        var april = await app.RegelsAsync(await app.RunAsync(Gemeente, M(4)));
        Assert.Equal(Bedrag.Nul, Maandbetaling(april).TeBetalen);
        Assert.Equal([(M(3), 90_392L)], Nabetalingen(april));

        app.Vandaag(new DateOnly(2026, 5, 3));
        var mei = await app.RegelsAsync(await app.RunAsync(Gemeente, M(5)));
        Assert.Equal((Bedrag.Nul, Signaal.WachtOpOpgave), (Maandbetaling(mei).TeBetalen, Maandbetaling(mei).Signalen & Signaal.WachtOpOpgave));
        Assert.Empty(Nabetalingen(mei));

        // Before the term of 10 May has passed nothing is missing and nothing can be suspended.
        app.Vandaag(new DateOnly(2026, 5, 10));
        Assert.Equal(0, (await OntbrekendAsync()).Totaal);
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            await Assert.ThrowsAsync<DomeinregelException>(async () => await consulent.Send(new OpschortingBesluiten { ToekenningId = toekenning.Id, Maand = "2026-04" }));
        }

        app.Vandaag(new DateOnly(2026, 5, 12));
        var ontbrekend = Assert.Single((await OntbrekendAsync()).Items);
        Assert.Equal((toekenning.Id, M(4), new DateOnly(2026, 5, 10), 2, (OntbrekendeOpschorting?)null),
            (ontbrekend.ToekenningId, ontbrekend.Maand, ontbrekend.UiterlijkOp, ontbrekend.DagenTeLaat, ontbrekend.Opschorting));
        int opschortingId;
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            opschortingId = await consulent.Send(new OpschortingBesluiten { ToekenningId = toekenning.Id, Maand = "2026-04" });
            var brief = Assert.IsType<OpschortingBriefView>(await consulent.Send(new OpschortingBrief(opschortingId)));
            Assert.Equal((M(4), new DateOnly(2026, 5, 26), OpschortingStatus.Opgeschort), (brief.Maand, brief.HerstelUiterlijk, brief.Status));
            await Assert.ThrowsAsync<DomeinregelException>(async () => await consulent.Send(new OpschortingBesluiten { ToekenningId = toekenning.Id, Maand = "2026-04" }));
        }

        app.Vandaag(new DateOnly(2026, 6, 3));
        var juni = await app.RegelsAsync(await app.RunAsync(Gemeente, M(6)));
        Assert.Equal((Bedrag.Nul, Signaal.Opgeschort), (Maandbetaling(juni).TeBetalen, Maandbetaling(juni).Signalen & (Signaal.Opgeschort | Signaal.WachtOpOpgave)));
        Assert.Empty(Nabetalingen(juni));
        Assert.Equal(0, (await app.ControleAsync(Gemeente)).AantalAfwijkingen);

        app.Vandaag(new DateOnly(2026, 6, 5));
        await app.RegistreerAsync(Gemeente, toekenning, 4, 200m);
        await app.RegistreerAsync(Gemeente, toekenning, 5, 400m);
        var hersteld = await app.InDatabaseAsync(db => Task.FromResult(db.Opschortingen.IgnoreQueryFilters().Single(o => o.Id == opschortingId)));
        Assert.Equal((OpschortingStatus.Hersteld, (DateOnly?)new DateOnly(2026, 6, 5)), (hersteld.Status, hersteld.HersteldOp));

        app.Vandaag(new DateOnly(2026, 7, 3));
        var juli = await app.RegelsAsync(await app.RunAsync(Gemeente, M(7)));
        Assert.Equal(Bedrag.Nul, Maandbetaling(juli).TeBetalen);
        Assert.Equal([(M(4), 118_892L), (M(5), 104_642L)], Nabetalingen(juli));

        app.Vandaag(new DateOnly(2026, 7, 6));
        await app.RegistreerAsync(Gemeente, toekenning, 6, 0m);
        app.Vandaag(new DateOnly(2026, 8, 3));
        var augustus = await app.RegelsAsync(await app.RunAsync(Gemeente, M(8)));
        Assert.Equal([(M(6), 133_142L)], Nabetalingen(augustus));
        var controle = await app.ControleAsync(Gemeente);
        Assert.Equal((0, 0, Bedrag.Nul), (controle.AantalAfwijkingen, controle.HuishoudensNogTerugTeVorderen, controle.NogTerugTeVorderen));
    }

    private static Betaling Maandbetaling(List<Betaling> run) => Assert.Single(run, r => r.Soort == BetalingSoort.Maandbetaling);

    private static List<(DateOnly, long)> Nabetalingen(List<Betaling> run) =>
        [.. run.Where(r => r.Soort == BetalingSoort.Nabetaling).OrderBy(r => r.Betreft).Select(r => (r.Betreft, r.TeBetalen.Centen))];

    private async Task<Pagina<OntbrekendeOpgave>> OntbrekendAsync()
    {
        await using var leider = app.AlsGebruiker(Rol.Teamleider, Gemeente);
        return await leider.Send(new OntbrekendeOpgaven());
    }
}
