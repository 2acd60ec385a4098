using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betaalruns.Overzicht;
using Socrates.Application.Betaalruns.Starten;
using Socrates.Application.Terugvorderingen.Voorstellen;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;
using Socrates.Domain.Toekenningen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>
/// The money-chain defects of issue #18, reproduced through the real pipeline and fixed (docs/betalingen.md): a wijziging
/// registered before, during and after the month's run; a partial first month decided after its run; claims bounded by
/// what was paid too much; runs in order; and <c>controle</c> clean afterwards. 2026, a single person: € 1.401,50, of which
/// € 70,08 vakantietoeslag, € 1.331,42 paid. € 600 of income (counted in full, art. 32 and 19 lid 2 Participatiewet):
/// € 801,50, vakantietoeslag 40,075 → € 40,08, paid € 761,42; € 570,00 a month less. Each test its own municipality.
/// </summary>
public sealed class GeldketenTests(GeldketenApp app) : IClassFixture<GeldketenApp>
{
    private static DateOnly D(int maand, int dag) => new(2026, maand, dag);

    private static DateOnly M(int maand) => new(2026, maand, 1);

    [Fact]
    public async Task AWijzigingDecidedBeforeTheMonthsRun_ClaimsNothingForIt_AndTheRunPaysTheNewAmount()
    {
        var gemeente = Leden.Amsterdam;
        app.Vandaag(D(9, 10));
        var oud = await app.ToekenningAsync(gemeente, D(9, 1));
        await app.RunAsync(gemeente, M(9));
        app.Vandaag(D(10, 5));

        var wijziging = await app.InkomenAsync(gemeente, oud, D(10, 1), 600m);
        var oktober = (await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().AsNoTracking().Where(a => a.Id == wijziging).SelectMany(a => a.Herberekening).ToListAsync())).Single();
        var run = await app.RegelsAsync(await app.RunAsync(gemeente, M(10)));

        Assert.Equal((HerberekeningStatus.NogNietBetaald, Bedrag.Euro(761.42m), Bedrag.Nul), (oktober.Status, oktober.Nieuw, oktober.Verschil));
        var regel = Assert.Single(run);
        Assert.Equal((BetalingSoort.Maandbetaling, Bedrag.Euro(801.50m), Bedrag.Euro(40.08m), Bedrag.Euro(761.42m)),
            (regel.Soort, regel.Bijstand, regel.VakantietoeslagGereserveerd, regel.TeBetalen));
        var controle = await app.ControleAsync(gemeente);
        Assert.Equal((0, Bedrag.Nul), (controle.AantalAfwijkingen, controle.NogTerugTeVorderen));
    }

    [Fact]
    public async Task AWijzigingDecidedWhileTheProefrunWasOpen_IsFoundByTheLedger_ClaimedOnce_AndCorrectedByTheNextRun()
    {
        var gemeente = Leden.Rotterdam;
        app.Vandaag(D(9, 10));
        var oud = await app.ToekenningAsync(gemeente, D(9, 1));
        await app.RunAsync(gemeente, M(9));
        await app.RunAsync(gemeente, M(10));
        app.Vandaag(D(11, 20));
        var november = await app.RunAsync(gemeente, M(11), definitief: false);

        await app.InkomenAsync(gemeente, oud, D(11, 1), 600m);
        await using (var teamleider = app.AlsGebruiker(Rol.Teamleider, gemeente, Betaalruns.Tweede))
        {
            // The second team lead confirms the proefrun computed before the change: November pays the old € 1.331,42.
            var versie = (await teamleider.Send(new BetaalrunOverzicht("2026-11")))!.Versie;
            await teamleider.Send(new Application.Betaalruns.DefinitiefMaken.BetaalrunDefinitiefMaken { Maand = "2026-11", Versie = versie, Bevestigd = true });
        }

        var voor = await app.ControleAsync(gemeente);
        Assert.Equal(Bedrag.Euro(1_331.42m), Assert.Single(await app.RegelsAsync(november)).TeBetalen);
        // November's reservation (70,08, due 40,08) waits for December's look-back: not an afwijking.
        Assert.Equal((0, Bedrag.Euro(570m)), (voor.AantalAfwijkingen, voor.NogTerugTeVorderen));

        var teHoog = await Assert.ThrowsAsync<ValidationException>(() => VorderAsync(gemeente, oud.Id, ("2026-11", 570.01m)));
        Assert.Equal("Maanden[0].Bedrag", Assert.Single(teHoog.Errors).PropertyName);
        Assert.Contains("€\u00A0570,00 te veel betaald", teHoog.Errors.Single().ErrorMessage, StringComparison.Ordinal);
        await VorderAsync(gemeente, oud.Id, ("2026-11", 570m));

        app.Vandaag(D(12, 4));
        var december = await app.RegelsAsync(await app.RunAsync(gemeente, M(12)));
        var correctie = december.Single(r => r.Soort == BetalingSoort.Nabetaling);
        Assert.Equal((M(11), Bedrag.Euro(-30m), Bedrag.Nul), (correctie.Betreft, correctie.VakantietoeslagGereserveerd, correctie.TeBetalen));
        Assert.Equal(Bedrag.Euro(761.42m), december.Single(r => r.Soort == BetalingSoort.Maandbetaling).TeBetalen);
        var na = await app.ControleAsync(gemeente);
        Assert.Equal((0, Bedrag.Nul, 0), (na.AantalAfwijkingen, na.NogTerugTeVorderen, na.HuishoudensNogNaTeBetalen));
    }

    [Fact]
    public async Task AWijzigingDecidedAfterTheRun_ReclaimsOnlyWhatWasPaid_Once_Issue18_1_And18_2()
    {
        // The issue's case: a wijziging from 1 November, decided in December before the December run. The defect showed
        // November and December each as teveel betaald and claimed December, which had not been paid yet.
        var gemeente = Leden.DenHaag;
        app.Vandaag(D(9, 10));
        var oud = await app.ToekenningAsync(gemeente, D(9, 1));
        foreach (var maand in new[] { 9, 10, 11 })
        {
            await app.RunAsync(gemeente, M(maand));
        }

        app.Vandaag(D(12, 4));
        var wijziging = await app.InkomenAsync(gemeente, oud, D(11, 1), 600m);
        var herberekening = (await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().AsNoTracking().Where(a => a.Id == wijziging).SelectMany(a => a.Herberekening).ToListAsync()))
            .OrderBy(m => m.Maand).ToList();
        await using var consulent = app.AlsGebruiker(Rol.Consulent, gemeente);
        var voorbereiding = await consulent.Send(new TerugvorderingVoorbereiding(oud.Id, wijziging));

        Assert.Equal((Bedrag.Euro(1_331.42m), Bedrag.Euro(761.42m), Bedrag.Euro(-570m), Bedrag.Euro(-30m)),
            (herberekening[0].Betaald, herberekening[0].Nieuw, herberekening[0].Verschil, herberekening[0].VakantietoeslagCorrectie));
        Assert.Equal((HerberekeningStatus.NogNietBetaald, Bedrag.Nul), (herberekening[1].Status, herberekening[1].Verschil));
        Assert.Equal(Bedrag.Euro(570m), Herberekening.TeveelBetaald(herberekening));
        Assert.Equal([("2026-11", 570m)], voorbereiding!.Voorgevuld.Select(r => (r.Maand!, r.Bedrag!.Value)));

        var december = await Assert.ThrowsAsync<ValidationException>(() => VorderAsync(gemeente, oud.Id, ("2026-11", 570m), ("2026-12", 570m)));
        Assert.Equal("Maanden[1].Bedrag", Assert.Single(december.Errors).PropertyName);
        var sleutel = Guid.NewGuid();
        var eerste = await VorderAsync(gemeente, oud.Id, sleutel, ("2026-11", 570m));
        Assert.Equal(eerste, await VorderAsync(gemeente, oud.Id, sleutel, ("2026-11", 570m)));   // the same form again: its first answer, no ledger refusal
        var tweede = await Assert.ThrowsAsync<ValidationException>(() => VorderAsync(gemeente, oud.Id, ("2026-11", 100m)));
        Assert.Contains("niets te veel betaald dat nog niet is teruggevorderd", Assert.Single(tweede.Errors).ErrorMessage, StringComparison.Ordinal);
        var bestaand = (await consulent.Send(new TerugvorderingVoorbereiding(oud.Id)))!.Bestaand;
        Assert.Equal((M(11), M(11), Bedrag.Euro(570m)), (Assert.Single(bestaand).EersteMaand, bestaand[0].LaatsteMaand, bestaand[0].Netto));

        await using (var teamleider = app.AlsGebruiker(Rol.Teamleider, gemeente, Betaalruns.Starter))
        {
            var laat = await Assert.ThrowsAsync<DomeinregelException>(() => teamleider.Send(new BetaalrunStarten { Maand = "2026-10" }).AsTask());
            Assert.Contains("al definitief", laat.Message, StringComparison.Ordinal);                          // #18.4
        }

        var run = await app.RegelsAsync(await app.RunAsync(gemeente, M(12)));
        Assert.Equal([(BetalingSoort.Nabetaling, -3_000L, 0L), (BetalingSoort.Maandbetaling, 4_008L, 76_142L)],
            run.Select(r => (r.Soort, r.VakantietoeslagGereserveerd.Centen, r.TeBetalen.Centen)));
        var controle = await app.ControleAsync(gemeente);
        Assert.Equal((0, Bedrag.Nul), (controle.AantalAfwijkingen, controle.NogTerugTeVorderen));
    }

    [Fact]
    public async Task APartialFirstMonthDecidedAfterItsRun_IsPaidByTheNextRunAsANabetaling_Issue18_3()
    {
        // Bijstand from 20 November, decided on 2 December after the November run: 11 of 30 days, 1.401,50 × 11/30 =
        // 513,883… → 513,88, vakantietoeslag 25,69 reserved, 488,19 paid (the defect: the 20–30 November part was never paid).
        var gemeente = Leden.Utrecht;
        app.Vandaag(D(11, 25));
        await app.RunAsync(gemeente, M(11));
        app.Vandaag(D(12, 2));
        await app.ToekenningAsync(gemeente, D(11, 20));

        var run = await app.RegelsAsync(await app.RunAsync(gemeente, M(12), definitief: false));
        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, gemeente);
        var overzicht = (await teamleider.Send(new BetaalrunOverzicht("2026-12")))!;

        var nabetaling = run.Single(r => r.Soort == BetalingSoort.Nabetaling);
        Assert.Equal((M(11), 11, Bedrag.Euro(513.88m), Bedrag.Euro(25.69m), Bedrag.Euro(488.19m)),
            (nabetaling.Betreft, nabetaling.Dagen, nabetaling.Bijstand, nabetaling.VakantietoeslagGereserveerd, nabetaling.TeBetalen));
        Assert.True(nabetaling.Signalen.HasFlag(Signaal.Nabetaling));
        Assert.Equal(Bedrag.Euro(1_331.42m), run.Single(r => r.Soort == BetalingSoort.Maandbetaling).TeBetalen);
        Assert.Equal((1, Bedrag.Euro(488.19m), 1), (overzicht.Totalen.Nabetalingen, overzicht.Totalen.Nabetaald, overzicht.PerSignaal[Signaal.Nabetaling]));

        await app.DefinitiefAsync(gemeente, M(12));
        Assert.Equal(0, (await app.ControleAsync(gemeente)).AantalAfwijkingen);
    }

    private Task<int> VorderAsync(Lid gemeente, int toekenningId, params (string Maand, decimal Bedrag)[] maanden) =>
        VorderAsync(gemeente, toekenningId, null, maanden);

    private async Task<int> VorderAsync(Lid gemeente, int toekenningId, Guid? sleutel, params (string Maand, decimal Bedrag)[] maanden)
    {
        await using var consulent = app.AlsGebruiker(Rol.Consulent, gemeente);
        return await consulent.Send(new TerugvorderingVoorstellen
        {
            Formuliersleutel = sleutel, ToekenningId = toekenningId, Grond = Terugvorderingsgrond.Lid2aAnderszinsTeHoog, Motivering = "De uitkering is te laat verwerkt.",
            Maanden = [.. maanden.Select(m => new MaandRegel { Maand = m.Maand, Bedrag = m.Bedrag })],
        });
    }
}
