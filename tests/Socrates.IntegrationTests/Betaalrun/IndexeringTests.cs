using Socrates.Application.Betaalruns.Starten;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>
/// The indexering (issue #12.2, docs/normen.md): the figures of 1 July 2026 (Participatiewet as in force on 1-7-2026,
/// BWBR0015703; docs/normen-bronnen-2026-07.md) are approved only in December, after July–December were paid on the
/// January figures. A single person of 41 without income: € 1.401,50 a month incl. € 70,08 vakantietoeslag (5 %, art. 19
/// lid 3), paid € 1.331,42; on 1 July 2026 art. 21 a gives € 1.419,46, vakantietoeslag 5 % = 70,973 → € 70,97, paid
/// € 1.348,49. Per month € 17,07 is owed (1.348,49 − 1.331,42) and € 0,89 more is reserved (70,97 − 70,08): six months
/// give € 102,42 nabetaling and € 5,34 reserved, paid by the January run as six nabetaling lines, once.
/// </summary>
public sealed class IndexeringTests(GeldketenApp app) : IClassFixture<GeldketenApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly M(int jaar, int maand) => new(jaar, maand, 1);

    private Indexeringshulp Hulp => new(app);

    [DbFact]
    public async Task JulyFiguresApprovedInDecember_SixMonthsOfNabetaling_PaidOnceByTheJanuaryRun()
    {
        var gemeente = Leden.Amsterdam;
        app.Vandaag(new DateOnly(2026, 7, 2));
        var toekenning = await app.ToekenningAsync(gemeente, new DateOnly(2026, 7, 1));
        for (var maand = 7; maand <= 12; maand++)
        {
            app.Vandaag(new DateOnly(2026, maand, 3));
            await app.RunAsync(gemeente, M(2026, maand));
        }

        app.Vandaag(new DateOnly(2026, 12, 20));
        await Hulp.JuliSetGoedgekeurdAsync(new DateOnly(2026, 7, 1), juli: true);

        // Until the indexering has run, no run starts: the paid months are recalculated first.
        app.Vandaag(new DateOnly(2027, 1, 4));
        await using (var teamleider = app.AlsGebruiker(Rol.Teamleider, gemeente, Betaalruns.Starter))
        {
            var wacht = await Assert.ThrowsAsync<DomeinregelException>(() => teamleider.Send(new BetaalrunStarten { Maand = "2027-01" }).AsTask());
            Assert.Contains("indexering", wacht.Message, StringComparison.Ordinal);
        }

        await Hulp.DraaiAsync();
        var regels = await Hulp.RegelsAsync(gemeente);
        Assert.Equal(6, regels.Count);
        Assert.All(regels, r => Assert.Equal(
            (Bedrag.Euro(1_401.50m), Bedrag.Euro(1_419.46m), Bedrag.Euro(1_331.42m), Bedrag.Euro(17.07m), Bedrag.Euro(0.89m), toekenning.Id),
            (r.WasBijstand, r.WordtBijstand, r.Betaald, r.Nabetaling, r.VakantietoeslagCorrectie, r.ToekenningId)));
        Assert.Equal(Enumerable.Range(7, 6).Select(m => M(2026, m)), regels.Select(r => r.Maand));

        await Hulp.DraaiAsync();                                                             // again: nothing new
        Assert.Equal(6, (await Hulp.RegelsAsync(gemeente)).Count);

        // The team lead's report and the household's bericht say the same, in Dutch amounts.
        var leider = await app.LoginAsync(Rol.Teamleider, gemeente);
        var id = regels[0].IndexeringId;
        Assert.Contains("01-07-2026", (await leider.GetPaginaAsync("/Indexeringen")).Tekst, StringComparison.Ordinal);
        var rapport = (await leider.GetPaginaAsync($"/Indexeringen/Rapport/{id}")).Tekst;
        Assert.Contains("€\u00A0102,42", rapport, StringComparison.Ordinal);
        Assert.Contains("€\u00A05,34", rapport, StringComparison.Ordinal);
        var bericht = (await leider.GetPaginaAsync($"/Indexeringen/Berichten/{id}?aanvrager={regels[0].AanvragerId}")).Tekst;
        Assert.Contains("Nieuwe bijstandsnormen per 1 juli 2026", bericht, StringComparison.Ordinal);
        Assert.Contains("U krijgt €\u00A0102,42 nabetaald", bericht, StringComparison.Ordinal);
        Assert.Equal(6, System.Text.RegularExpressions.Regex.Count(bericht, "€\u00A017,07"));

        var januari = await app.RegelsAsync(await app.RunAsync(gemeente, M(2027, 1)));
        var nabetalingen = januari.Where(r => r.Soort == BetalingSoort.Nabetaling).ToList();
        Assert.Equal(Enumerable.Range(7, 6).Select(m => (M(2026, m), 1_707L, 89L)),
            nabetalingen.Select(r => (r.Betreft, r.TeBetalen.Centen, r.VakantietoeslagGereserveerd.Centen)));
        Assert.Equal(Bedrag.Euro(102.42m), nabetalingen.Aggregate(Bedrag.Nul, (som, r) => som + r.TeBetalen));
        Assert.Equal(Bedrag.Euro(1_348.49m), januari.Single(r => r.Soort == BetalingSoort.Maandbetaling).TeBetalen);
        Assert.All(await Hulp.RegelsAsync(gemeente), r => Assert.NotNull(r.VerwerktInBetaalrunId));
        var specificatie = (await leider.GetPaginaAsync($"/Aanvragen/Betalingen/{toekenning.AanvraagId}")).Tekst;
        Assert.Contains("Nabetaling normwijziging per 1 juli 2026: juli 2026", specificatie, StringComparison.Ordinal);

        app.Vandaag(new DateOnly(2027, 2, 3));
        var februari = await app.RegelsAsync(await app.RunAsync(gemeente, M(2027, 2)));
        Assert.DoesNotContain(februari, r => r.Soort == BetalingSoort.Nabetaling);
        var controle = await app.ControleAsync(gemeente);
        Assert.Equal((0, 0), (controle.AantalAfwijkingen, controle.HuishoudensNogNaTeBetalen));
    }
}
