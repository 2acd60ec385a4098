using Microsoft.EntityFrameworkCore;
using Socrates.Application.Terugvorderingen.Voorstellen;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>
/// Inkomstenopgaven through the betaalrun and the ledger (issue #13, docs/inkomsten.md). A single person of 41, bijstand from
/// 1 March 2026: € 1.401,50 incl. € 70,08 vakantietoeslag, paid € 1.331,42. Worked by hand (art. 31 lid 2 onder n: 25 % up
/// to € 285 for six months; vakantietoeslag 5 % half away from zero):
/// <list type="bullet">
/// <item>March, € 600,00 registered after the March run: vrijlating 150,00, income 450,00, bijstand 951,50, vt 47,58, maanddeel
/// 903,92: € 427,50 paid too much (1.331,42 − 903,92), the reservation € 22,50 lower. Nothing is withheld: it waits for a
/// terugvordering, prefilled.</item>
/// <item>March corrected to € 500,00: vrijlating 125,00, income 375,00, bijstand 1.026,50, vt 51,33, maanddeel 975,17: € 356,25
/// too much, the reservation € 3,75 up again.</item>
/// <item>May, € 400,00 registered before the May run (month 2: April had none): vrijlating 100,00, income 300,00, bijstand
/// 1.101,50, vt 55,08, paid 1.046,42 in the May run itself.</item>
/// <item>May corrected to € 200,00 after it was paid: vrijlating 50,00, income 150,00, bijstand 1.251,50, vt 62,58, maanddeel
/// 1.188,92: € 142,50 paid after by the June run, € 7,50 more reserved.</item>
/// </list>
/// </summary>
public sealed class InkomstenopgaveBetaalrunTests(GeldketenApp app) : IClassFixture<GeldketenApp>
{
    private static readonly Lid Gemeente = Leden.Amsterdam;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly M(int maand) => new(2026, maand, 1);

    [DbFact]
    public async Task Opgaven_CountInTheirMonth_LaterOnesAndCorrectionsSettledByTheNextRun_NeverWithheld()
    {
        app.Vandaag(new DateOnly(2026, 3, 2));
        var toekenning = await app.ToekenningAsync(Gemeente, M(3));
        app.Vandaag(new DateOnly(2026, 3, 3));
        Assert.Equal(Bedrag.Euro(1_331.42m), Assert.Single(await app.RegelsAsync(await app.RunAsync(Gemeente, M(3)))).TeBetalen);

        app.Vandaag(new DateOnly(2026, 4, 2));
        var maart = await app.RegistreerAsync(Gemeente, toekenning, 3, 600m);
        app.Vandaag(new DateOnly(2026, 4, 3));
        var april = await app.RegelsAsync(await app.RunAsync(Gemeente, M(4)));
        Assert.Equal(Bedrag.Euro(1_331.42m), april.Single(r => r.Soort == BetalingSoort.Maandbetaling).TeBetalen);
        Assert.Equal((M(3), -2_250L, -2_250L, 0L), Correctie(april));
        Assert.Equal((1, Bedrag.Euro(427.50m)), await TeVorderenAsync());

        // The dossier's Berekening of March counts the opgave as the run does: bijstand € 951,50.
        var berekening = (await (await app.LoginAsync(Rol.Consulent, Gemeente)).GetPaginaAsync($"/Aanvragen/Berekening/{toekenning.AanvraagId}?Maand=2026-03")).Tekst;
        Assert.Contains("inkomstenopgave 03-2026 van Bakkerij De Korenschoof", berekening, StringComparison.Ordinal);
        Assert.Contains("€\u00A0951,50", berekening, StringComparison.Ordinal);
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            var voorbereiding = Assert.IsType<TerugvorderingVoorbereidingView>(await consulent.Send(new TerugvorderingVoorbereiding(toekenning.Id)));
            var rij = Assert.Single(voorbereiding.Voorgevuld);
            Assert.Equal(("2026-03", 427.50m), (rij.Maand, rij.Bedrag));
        }

        app.Vandaag(new DateOnly(2026, 4, 10));
        await app.CorrigeerAsync(Gemeente, maart, 500m);
        app.Vandaag(new DateOnly(2026, 5, 2));
        var mei = await app.RegistreerAsync(Gemeente, toekenning, 5, 400m);
        app.Vandaag(new DateOnly(2026, 5, 3));
        var meiRun = await app.RegelsAsync(await app.RunAsync(Gemeente, M(5)));
        Assert.Equal(Bedrag.Euro(1_046.42m), meiRun.Single(r => r.Soort == BetalingSoort.Maandbetaling).TeBetalen);
        Assert.Equal((M(3), 375L, 375L, 0L), Correctie(meiRun));
        Assert.Equal((1, Bedrag.Euro(356.25m)), await TeVorderenAsync());

        // The household's specificatie shows May's opgave and its vrijlating with the article.
        var leider = await app.LoginAsync(Rol.Teamleider, Gemeente);
        var specificatie = (await leider.GetPaginaAsync($"/Aanvragen/Betalingen/{toekenning.AanvraagId}")).Tekst;
        Assert.Contains("inkomstenopgave aanvrager Bakkerij De Korenschoof: €\u00A0400,00", specificatie, StringComparison.Ordinal);
        Assert.Contains("(maand 2 van 6): €\u00A0100,00 (art. 31 lid 2 onder n Participatiewet)", specificatie, StringComparison.Ordinal);

        app.Vandaag(new DateOnly(2026, 5, 10));
        await app.CorrigeerAsync(Gemeente, mei, 200m);
        app.Vandaag(new DateOnly(2026, 6, 3));
        var juni = await app.RegelsAsync(await app.RunAsync(Gemeente, M(6)));
        var nabetaling = Assert.Single(juni, r => r.Soort == BetalingSoort.Nabetaling);
        Assert.Equal((M(5), 15_000L, 750L, 14_250L), (nabetaling.Betreft, nabetaling.Bijstand.Centen, nabetaling.VakantietoeslagGereserveerd.Centen, nabetaling.TeBetalen.Centen));
        app.Vandaag(new DateOnly(2026, 7, 3));
        Assert.DoesNotContain(await app.RegelsAsync(await app.RunAsync(Gemeente, M(7))), r => r.Soort == BetalingSoort.Nabetaling);
        var controle = await app.ControleAsync(Gemeente);
        Assert.Equal((0, 0, Bedrag.Euro(356.25m)), (controle.AantalAfwijkingen, controle.HuishoudensNogNaTeBetalen, controle.NogTerugTeVorderen));
        Assert.All(await app.InDatabaseAsync(db => db.Inkomstenopgaven.IgnoreQueryFilters().ToListAsync(Ct)), o => Assert.NotNull(o.VerwerktInBetaalrunId));
    }

    /// <summary>
    /// A municipality that came over to Socrates in May: an opgave for April, a month the previous system paid, counts for the
    /// vrijlating months but is not looked back on (there is no payment of Socrates to settle); May's opgave is month 2 of 6
    /// and the May run pays € 1.046,42 as above, nothing else. Both opgaven are settled by it.
    /// </summary>
    [DbFact]
    public async Task OpgaveBeforeTheOvergangsmaand_IsNotLookedBackOn()
    {
        var gemeente = Leden.Rotterdam;
        app.Vandaag(new DateOnly(2026, 3, 2));
        var toekenning = await app.ToekenningAsync(gemeente, M(3));
        await app.InDatabaseAsync(async db =>
        {
            (await db.Gemeenten.SingleAsync(g => g.Code == gemeente.Code, Ct)).OvergangVastleggen(M(5));
            return await db.SaveChangesAsync(Ct);
        });
        app.Vandaag(new DateOnly(2026, 5, 2));
        await app.RegistreerAsync(gemeente, toekenning, 4, 600m);
        await app.RegistreerAsync(gemeente, toekenning, 5, 400m);

        app.Vandaag(new DateOnly(2026, 5, 3));
        var mei = Assert.Single(await app.RegelsAsync(await app.RunAsync(gemeente, M(5))));

        Assert.Equal((BetalingSoort.Maandbetaling, M(5), Bedrag.Euro(1_046.42m)), (mei.Soort, mei.Betreft, mei.TeBetalen));
        Assert.Equal(0, (await app.ControleAsync(gemeente)).AantalAfwijkingen);
        Assert.All(await app.InDatabaseAsync(db => db.Inkomstenopgaven.IgnoreQueryFilters().Where(o => o.ToekenningId == toekenning.Id).ToListAsync(Ct)),
            o => Assert.NotNull(o.VerwerktInBetaalrunId));
    }

    /// <summary>
    /// The six months of art. 31 lid 2 onder n counted across opgaven by a run that reads earlier months only as runs of
    /// months (docs/performance.md): bijstand from January, a wage of € 400,00 in January, none in February (a gap), in March
    /// € 400,00 from one employer and € 0,00 from another (one month), April to August € 400,00. Each opgave is in before its
    /// month's run, so every run pays a stable household from its own month's opgave. July is month 6 (January, March, April,
    /// May, June before it): vrijlating 100,00, bijstand 1.101,50, vt 55,08, paid € 1.046,42. August is month 7: no vrijlating,
    /// income 400,00, bijstand 1.001,50, vt 50,08 (50,075 half up), paid € 951,42.
    /// </summary>
    [DbFact]
    public async Task SeventhMonthWithAWage_HasNoVrijlating_CountedAcrossAGapAndTwoEmployers()
    {
        var gemeente = Leden.DenHaag;
        app.Vandaag(new DateOnly(2026, 1, 2));
        var toekenning = await app.ToekenningAsync(gemeente, M(1));
        var betaald = new Dictionary<int, Bedrag>();
        for (var maand = 1; maand <= 8; maand++)
        {
            app.Vandaag(new DateOnly(2026, maand, 2));
            if (maand != 2)
            {
                await app.RegistreerAsync(gemeente, toekenning, maand, 400m);
            }

            if (maand == 3)
            {
                await app.RegistreerAsync(gemeente, toekenning, maand, 0m, "Uitzendbureau De Brug");
            }

            app.Vandaag(new DateOnly(2026, maand, 3));
            var regel = Assert.Single(await app.RegelsAsync(await app.RunAsync(gemeente, M(maand))));
            Assert.Equal((BetalingSoort.Maandbetaling, M(maand)), (regel.Soort, regel.Betreft));
            betaald[maand] = regel.TeBetalen;
        }

        Assert.Equal(Bedrag.Euro(1_331.42m), betaald[2]);
        Assert.Equal(Bedrag.Euro(1_046.42m), betaald[7]);
        Assert.Equal(Bedrag.Euro(951.42m), betaald[8]);
        Assert.Equal(0, (await app.ControleAsync(gemeente)).AantalAfwijkingen);
    }

    /// <summary>The one line of a run that is neither the month's payment nor a nabetaling: a reservation correction, in cents.</summary>
    private static (DateOnly, long, long, long) Correctie(List<Betaling> run)
    {
        var r = Assert.Single(run, r => r.Soort != BetalingSoort.Maandbetaling);
        return (r.Betreft, r.Bijstand.Centen, r.VakantietoeslagGereserveerd.Centen, r.TeBetalen.Centen);
    }

    private async Task<(int, Bedrag)> TeVorderenAsync()
    {
        var controle = await app.ControleAsync(Gemeente);
        return (controle.HuishoudensNogTerugTeVorderen, controle.NogTerugTeVorderen);
    }
}
