using Socrates.Application.Bezwaren.Beoordelen;
using Socrates.Application.Bezwaren.Beslissing;
using Socrates.Application.Bezwaren.Brief;
using Socrates.Application.Bezwaren.Details;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.TeBeoordelen.Lijst;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Geld;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;
using Socrates.Testing;
using static Socrates.IntegrationTests.Slices.Terugvorderingen.Vorderingshulp;

namespace Socrates.IntegrationTests.Slices.Bezwaren;

/// <summary>Bezwaren through the real pipeline: register, behandelaar, afzien van horen, beslissing, herroeping on the ledger, tenancy.</summary>
public sealed class BezwaarTests(AppFixture app)
{
    private static readonly Lid Gemeente = Leden.Utrecht;

    [DbFact]
    public async Task Gegrond_HerroeptDeTerugvordering_EnHetGrootboekKloptOpDeCent()
    {
        // A claim of € 700,00 and € 250,35 (€ 950,35) imposed; € 100,10 paid; the bezwaar is partly granted: the claim becomes € 400,00.
        var (toekenning, persoon, _) = await app.ToekenningAsync(Gemeente);
        var vorderingId = await app.VastgesteldAsync(Gemeente, Voorstel(toekenning, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (VorigeMaand, 700m), (DezeMaand, 250.35m)));
        await using (var bank = app.AlsGebruiker(Rol.Consulent, Gemeente))
        {
            await bank.Send(new Application.Terugvorderingen.Betalingen.BetalingRegistreren { DebiteurId = persoon, Datum = Vandaag, Bedrag = 100.10m, Referentie = "BZW-1" });
        }

        var bezwaarId = await app.BezwaarAsync(Gemeente, persoon, $"T{vorderingId}");
        var behandelaar = await app.KlaarVoorBeslissingAsync(Gemeente, bezwaarId, AfzienVanHorenGrond.GeenGebruikVanHoren);
        await using (var scope = app.AlsGebruiker(Rol.Bezwaarbehandelaar, Gemeente, behandelaar))
        {
            await scope.Send(new BeslissingVoorstellen
            {
                BezwaarId = bezwaarId, Versie = await app.BezwaarVersieAsync(bezwaarId), Uitkomst = BezwaarUitkomst.GedeeltelijkGegrond,
                Motivering = "Het inkomen van de vorige maand is dubbel geteld.", NieuwBedrag = 400m, ProceskostenPunten = 1m,
            });
        }

        await using (var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente, "bezwaar-teamleider"))
        {
            var lijst = await teamleider.Send(new TeBeoordelenLijst());
            Assert.Contains(lijst.Regels.Items, r => r.Soort == TeBeoordelenSoort.Bezwaar && r.Id == bezwaarId);
            await teamleider.Send(new BeslissingBeoordelen { BezwaarId = bezwaarId, Versie = await app.BezwaarVersieAsync(bezwaarId), Goedgekeurd = true });
        }

        var vordering = await app.VorderingAsync(vorderingId);
        var correctie = vordering.Mutaties.OrderBy(m => m.Volgnummer).Last();
        Assert.Equal((MutatieSoort.Correctie, Bedrag.Euro(-550.35m)), (correctie.Soort, correctie.Bedrag));     // 950,35 → 400,00
        Assert.Equal(Bedrag.Euro(299.90m), vordering.Saldo);                                                      // 400,00 − 100,10
        Assert.Equal(vordering.Saldo.Centen, vordering.Mutaties.Sum(m => m.Bedrag.Centen));
        var bezwaar = await app.BezwaarMetIdAsync(bezwaarId);
        Assert.Equal((BezwaarStatus.Beslist, Bedrag.Euro(647m)), (bezwaar.Status, bezwaar.Proceskosten!.Value));
        Assert.Equal(bezwaar.Kenmerk, correctie.Referentie);
    }

    [DbFact]
    public async Task Ongegrond_GeeftEenBriefMetBeroepsclausule_EnLaatDeVorderingStaan()
    {
        var (toekenning, persoon, _) = await app.ToekenningAsync(Gemeente);
        var vorderingId = await app.VastgesteldAsync(Gemeente, Voorstel(toekenning, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (DezeMaand, 321m)));
        var bezwaarId = await app.BezwaarAsync(Gemeente, persoon, $"T{vorderingId}");
        var behandelaar = await app.KlaarVoorBeslissingAsync(Gemeente, bezwaarId, AfzienVanHorenGrond.KennelijkOngegrond);
        await using (var scope = app.AlsGebruiker(Rol.Bezwaarbehandelaar, Gemeente, behandelaar))
        {
            await scope.Send(new BeslissingVoorstellen
            {
                BezwaarId = bezwaarId, Versie = await app.BezwaarVersieAsync(bezwaarId), Uitkomst = BezwaarUitkomst.Ongegrond, Motivering = "De inkomsten zijn niet gemeld.",
            });
        }

        var versie = await app.BezwaarVersieAsync(bezwaarId);
        await using (var betrokken = app.AlsGebruiker(Rol.Teamleider, Gemeente))             // test-teamleider approved the claim: Awb 7:5
        {
            var fout = await Assert.ThrowsAsync<DomeinregelException>(() => betrokken.Send(
                new BeslissingBeoordelen { BezwaarId = bezwaarId, Versie = versie, Goedgekeurd = true }).AsTask());
            Assert.Contains("Awb 7:5", fout.Message, StringComparison.Ordinal);
        }

        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente, "bezwaar-teamleider");
        await teamleider.Send(new BeslissingBeoordelen { BezwaarId = bezwaarId, Versie = await app.BezwaarVersieAsync(bezwaarId), Goedgekeurd = true });
        var brief = await teamleider.Send(new BeslissingOpBezwaarInzien(bezwaarId));

        Assert.NotNull(brief);
        Assert.Equal(BezwaarUitkomst.Ongegrond, brief.Bezwaar.Uitkomst);
        Assert.Equal(Bedrag.Euro(321m), (await app.VorderingAsync(vorderingId)).Saldo);
        Assert.False(await app.InDatabaseAsync(db => db.HeeftOpenBezwaarVoorTerugvorderingAsync(vorderingId, TestContext.Current.CancellationToken)));
    }

    [DbFact]
    public async Task BezwaarVanEenAndereGemeente_IsNietTeZien()
    {
        var (toekenning, persoon, _) = await app.ToekenningAsync(Gemeente);
        var vorderingId = await app.VastgesteldAsync(Gemeente, Voorstel(toekenning, Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (DezeMaand, 111m)));
        var bezwaarId = await app.BezwaarAsync(Gemeente, persoon, $"T{vorderingId}");

        await using var ander = app.AlsGebruiker(Rol.Teamleider, Leden.DenHaag);
        Assert.Null(await ander.Send(new BezwaarOpvragen(bezwaarId)));
        await using var eigen = app.AlsGebruiker(Rol.Teamleider, Gemeente);
        Assert.NotNull(await eigen.Send(new BezwaarOpvragen(bezwaarId)));
    }
}
