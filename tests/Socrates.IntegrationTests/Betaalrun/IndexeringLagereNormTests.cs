using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenteregels.Lijst;
using Socrates.Application.Gemeenteregels.Vastleggen;
using Socrates.Application.Normen.Beoordelen;
using Socrates.Application.Normen.Voorstellen;
using Socrates.Application.Terugvorderingen.Beoordelen;
using Socrates.Application.Terugvorderingen.Voorstellen;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>
/// A set with lower figures per 1 July 2026, approved in December (issue #12.2, docs/normen.md): an artificial set, the
/// January figures with art. 21 b lowered by € 20,14 and everything that follows from it by law (art. 21 a 70 %: € 14,10
/// lower, so € 1.387,40; art. 20 lid 1 c and lid 2 b, c and art. 22a lid 3 a along). A single person of 41 was paid
/// € 1.331,42 a month (€ 1.401,50 minus € 70,08 vakantietoeslag) for September–December; on the new figures the month is
/// € 1.387,40 with € 69,37 vakantietoeslag (5 %, exact), so € 1.318,03 paid: € 13,39 a month too much, € 53,56 over four
/// months, and € 0,71 a month less reserved. What was paid too much is never withheld from a payment. Rotterdam keeps the
/// default of the gemeenteregel and waives it (art. 58 lid 2 is a power); Utrecht recovers it and sets its minimum to
/// € 0, so the indexering proposes a terugvordering of € 53,56 (netto: the same calendar year, art. 58 lid 5) on
/// art. 58 lid 2 onder a, which a team lead decides.
/// </summary>
public sealed class IndexeringLagereNormTests(GeldketenApp app) : IClassFixture<GeldketenApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly M(int jaar, int maand) => new(jaar, maand, 1);

    private Indexeringshulp Hulp => new(app);

    [DbFact]
    public async Task LowerSet_WaivedByDefault_ProposedAsTerugvorderingWhereTheGemeenteRecovers()
    {
        app.Vandaag(new DateOnly(2026, 9, 2));
        var rotterdam = await app.ToekenningAsync(Leden.Rotterdam, M(2026, 9));
        var utrecht = await app.ToekenningAsync(Leden.Utrecht, M(2026, 9));
        await TerugvorderenAsync(Leden.Utrecht, new DateOnly(2026, 9, 3));
        for (var maand = 9; maand <= 12; maand++)
        {
            app.Vandaag(new DateOnly(2026, maand, 3));
            await app.RunAsync(Leden.Rotterdam, M(2026, maand));
            await app.RunAsync(Leden.Utrecht, M(2026, maand));
        }

        app.Vandaag(new DateOnly(2026, 12, 20));
        await LagereSetGoedgekeurdAsync();
        await Hulp.DraaiAsync();

        var verwacht = (Bedrag.Euro(1_401.50m), Bedrag.Euro(1_387.40m), Bedrag.Euro(1_331.42m), Bedrag.Nul, Bedrag.Euro(13.39m), Bedrag.Euro(-0.71m));
        var waived = await Hulp.RegelsAsync(Leden.Rotterdam);
        Assert.Equal(Enumerable.Range(9, 4).Select(m => M(2026, m)), waived.Select(r => r.Maand));
        Assert.All(waived, r => Assert.Equal((verwacht, Bedrag.Euro(13.39m)),
            ((r.WasBijstand, r.WordtBijstand, r.Betaald, r.Nabetaling, r.TeveelBetaald, r.VakantietoeslagCorrectie), r.Afgezien)));
        var recovered = await Hulp.RegelsAsync(Leden.Utrecht);
        Assert.Equal(4, recovered.Count);
        Assert.All(recovered, r => Assert.Equal((verwacht, Bedrag.Nul),
            ((r.WasBijstand, r.WordtBijstand, r.Betaald, r.Nabetaling, r.TeveelBetaald, r.VakantietoeslagCorrectie), r.Afgezien)));

        // Rotterdam: nothing left to claim, no claim proposed, and the terugvordering form offers no month.
        Assert.Equal((0, Bedrag.Nul), Teveel(await app.ControleAsync(Leden.Rotterdam)));
        Assert.Empty(await VorderingenAsync(rotterdam.Id));
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, Leden.Rotterdam))
        {
            var voorbereiding = await consulent.Send(new TerugvorderingVoorbereiding(rotterdam.Id));
            Assert.Empty(Assert.IsType<TerugvorderingVoorbereidingView>(voorbereiding).Voorgevuld);
        }

        // Utrecht: one proposal of the four months, waiting for a team lead whatever the settings; the ledger counts it as claimed.
        var voorstel = Assert.Single(await VorderingenAsync(utrecht.Id));
        Assert.Equal((TerugvorderingStatus.Voorgesteld, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, true, false, Bedrag.Euro(53.56m), false, "Socrates (indexering)"),
            (voorstel.Status, voorstel.Grond, voorstel.VierOgen, voorstel.Bruto, voorstel.Totaal, voorstel.NietInvorderen, voorstel.VoorgesteldDoor));
        Assert.Equal(Enumerable.Range(9, 4).Select(m => (M(2026, m), 1_339L)), voorstel.Maanden.Select(m => (m.Maand, m.Netto.Centen)));
        Assert.Contains("1 juli 2026", voorstel.Motivering, StringComparison.Ordinal);
        Assert.Equal((0, Bedrag.Nul), Teveel(await app.ControleAsync(Leden.Utrecht)));
        await using (var teamleider = app.AlsGebruiker(Rol.Teamleider, Leden.Utrecht))
        {
            await teamleider.Send(new TerugvorderingBeoordelen { TerugvorderingId = voorstel.Id, Versie = voorstel.Versie, Goedgekeurd = true });
        }

        Assert.Equal(TerugvorderingStatus.Vastgesteld, Assert.Single(await VorderingenAsync(utrecht.Id)).Status);

        // The berichten say which; the January runs pay the new amount and nothing is withheld or paid after.
        var rotterdamLeider = await app.LoginAsync(Rol.Teamleider, Leden.Rotterdam);
        var bericht = (await rotterdamLeider.GetPaginaAsync($"/Indexeringen/Berichten/{waived[0].IndexeringId}?aanvrager={rotterdam.AanvragerId}")).Tekst;
        Assert.Contains("Wij vorderen dit niet van u terug", bericht, StringComparison.Ordinal);
        var utrechtLeider = await app.LoginAsync(Rol.Teamleider, Leden.Utrecht);
        bericht = (await utrechtLeider.GetPaginaAsync($"/Indexeringen/Berichten/{recovered[0].IndexeringId}?aanvrager={utrecht.AanvragerId}")).Tekst;
        Assert.Contains("Wij willen €\u00A053,56 van u terugvorderen", bericht, StringComparison.Ordinal);
        var rapport = (await utrechtLeider.GetPaginaAsync($"/Indexeringen/Rapport/{recovered[0].IndexeringId}")).Tekst;
        Assert.Contains("Waarvan voorgesteld terug te vorderen", rapport, StringComparison.Ordinal);

        app.Vandaag(new DateOnly(2027, 1, 4));
        foreach (var lid in new[] { Leden.Rotterdam, Leden.Utrecht })
        {
            var januari = await app.RegelsAsync(await app.RunAsync(lid, M(2027, 1)));
            Assert.Equal(Bedrag.Euro(1_318.03m), januari.Single(r => r.Soort == BetalingSoort.Maandbetaling).TeBetalen);

            // The reservation of each past month moves down € 0,71; no money moves with it (te betalen € 0,00).
            Assert.Equal(Enumerable.Range(9, 4).Select(m => (M(2026, m), -71L, -71L, 0L)), januari.Where(r => r.Soort != BetalingSoort.Maandbetaling)
                .OrderBy(r => r.Betreft).Select(r => (r.Betreft, r.Bijstand.Centen, r.VakantietoeslagGereserveerd.Centen, r.TeBetalen.Centen)));
            var controle = await app.ControleAsync(lid);
            Assert.Equal((0, 0, 0), (controle.AantalAfwijkingen, controle.HuishoudensNogNaTeBetalen, controle.HuishoudensNogTerugTeVorderen));
        }
    }

    private static (int, Bedrag) Teveel(Application.Betaalruns.Controle.ControleUitkomst controle) => (controle.HuishoudensNogTerugTeVorderen, controle.NogTerugTeVorderen);

    private Task<List<Terugvordering>> VorderingenAsync(int toekenningId) => app.InDatabaseAsync(db => db.Terugvorderingen.IgnoreQueryFilters()
        .Include(t => t.Maanden).AsNoTracking().Where(t => t.ToekenningId == toekenningId).ToListAsync(Ct));

    /// <summary>The gemeente recovers what lower figures made paid too much, and claims from the first cent.</summary>
    private async Task TerugvorderenAsync(Lid gemeente, DateOnly vanaf)
    {
        await using var beheerder = app.AlsGebruiker(Rol.Beheerder, gemeente);
        var overzicht = await beheerder.Send(new GeldendeGemeenteregels());
        var regels = overzicht.Geldend with { IndexeringTeveelTerugvorderen = true, TerugvorderingMinimum = Bedrag.Nul };
        await beheerder.VastleggenAsync(GemeenteregelsVastleggen.Van(regels, overzicht.GemeenteVersie) with
        {
            GeldigVanaf = vanaf, Toelichting = "Beleidsregel: teveel betaald door lagere normen wordt teruggevorderd.",
        });
    }

    /// <summary>The artificial lower set: art. 21 b € 20,14 lower and what the law derives from it, proposed by one Normbeheerder, approved by another.</summary>
    private async Task LagereSetGoedgekeurdAsync()
    {
        int id;
        await using (var eerste = app.AlsGebruiker(Rol.Normbeheerder, Leden.Amsterdam, "nb-1"))
        {
            var huidig = await eerste.Send(new HuidigeNormen());
            id = await eerste.Send(huidig with
            {
                Ingangsdatum = M(2026, 7), BronDocument = "Testset met lagere normen (kunstmatig)", BronPublicatiedatum = new DateOnly(2026, 12, 1),
                BronVindplaats = "geen: een testset",
                Gehuwden = huidig.Gehuwden - 20.14m, Alleenstaande = 1_387.40m, GemengdeGehuwden = huidig.GemengdeGehuwden - 10.07m,
                GemengdeGehuwdenMetKinderen = huidig.GemengdeGehuwdenMetKinderen - 14.10m, JongeGehuwdenMetKinderen = huidig.JongeGehuwdenMetKinderen - 4.03m,
                KostendelerJongereMetKinderen = huidig.KostendelerJongereMetKinderen - 4.03m,
            });
        }

        await using var tweede = app.AlsGebruiker(Rol.Normbeheerder, Leden.Amsterdam, "nb-2");
        await tweede.Send(new NormensetGoedkeuren { Id = id, Versie = 0 });
    }
}
