using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Besluit;
using Socrates.Application.Aanvragen.Huishouden.Inkomsten;
using Socrates.Application.Aanvragen.Wijziging;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Betaalrun;

/// <summary>
/// A toekenning herroepen in bezwaar is paid the difference by the next betaalrun (Awb 7:11 lid 2, docs/bezwaar.md). 2026, a
/// single person: granted from 1 September with € 600,00 of income wrongly counted, so € 761,42 was paid for September and
/// October instead of € 1.331,42. The bezwaar is gegrond; the herroeping is a wijziging from 1 September without the income,
/// approved by a team lead; the November run pays the € 570,00 of each month, and November itself in full.
/// </summary>
public sealed class HerroepingBetaalrunTests(GeldketenApp app) : IClassFixture<GeldketenApp>
{
    private static DateOnly D(int maand, int dag) => new(2026, maand, dag);

    [Fact]
    public async Task DeVolgendeBetaalrun_BetaaltHetVerschilVanDeHerroepenMaanden()
    {
        var gemeente = Leden.Utrecht;
        app.Vandaag(D(9, 10));
        var toekenning = await app.ToekenningAsync(gemeente, D(9, 1), huishouden: (consulent, id) => consulent.Send(new InkomenToevoegen
        {
            AanvraagId = id, Versie = app.Versie(id), Van = Gezinslid.Aanvrager, Soort = Inkomstensoort.Uitkering, NettoPerMaand = 600m, Vanaf = D(9, 1),
        }).AsTask());
        Assert.Equal(Bedrag.Euro(761.42m), toekenning.TeBetalen);
        await app.RunAsync(gemeente, D(9, 1));
        await app.RunAsync(gemeente, D(10, 1));

        app.Vandaag(D(10, 20));
        var bezwaarId = await app.GegrondAsync(gemeente, toekenning.AanvragerId, $"A{toekenning.AanvraagId}");
        Assert.Equal(BezwaarStatus.HerroepingUitvoeren, (await app.BezwaarMetIdAsync(bezwaarId)).Status);

        int wijziging;
        await using (var consulent = app.AlsGebruiker(Rol.Consulent, gemeente))
        {
            wijziging = await consulent.Send(new WijzigingRegistreren
            {
                ToekenningId = toekenning.Id, Versie = (await app.ToekenningMetIdAsync(toekenning.Id)).Versie, Wijzigingsdatum = D(9, 1),
                Soort = Wijzigingsoort.Overig, Omschrijving = "Herroeping na bezwaar", BezwaarId = bezwaarId,
            });
            var inkomen = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == wijziging).SelectMany(a => a.Inkomsten).Select(i => i.Id).SingleAsync());
            await consulent.Send(new InkomenVerwijderen { AanvraagId = wijziging, Versie = app.Versie(wijziging), InkomenId = inkomen });
            await consulent.Send(new BesluitVoorstellen { AanvraagId = wijziging, Versie = app.Versie(wijziging), Soort = Besluitsoort.Toegekend, Ingangsdatum = D(9, 1) });
        }

        if (await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().AnyAsync(a => a.Id == wijziging && a.Status == AanvraagStatus.BesluitVoorgesteld)))
        {
            await using var teamleider = app.AlsGebruiker(Rol.Teamleider, gemeente);
            await teamleider.Send(new BesluitBeoordelen { AanvraagId = wijziging, Versie = app.Versie(wijziging), Goedgekeurd = true });
        }

        var bezwaar = await app.BezwaarMetIdAsync(bezwaarId);
        Assert.Equal((BezwaarStatus.Beslist, wijziging), (bezwaar.Status, bezwaar.HerroepingAanvraagId));

        app.Vandaag(D(11, 4));
        var run = await app.RegelsAsync(await app.RunAsync(gemeente, D(11, 1)));

        Assert.Equal(
            [(BetalingSoort.Nabetaling, D(9, 1), 57_000L), (BetalingSoort.Nabetaling, D(10, 1), 57_000L), (BetalingSoort.Maandbetaling, D(11, 1), 133_142L)],
            run.Select(r => (r.Soort, r.Betreft, r.TeBetalen.Centen)).OrderBy(r => r.Betreft));
        var controle = await app.ControleAsync(gemeente);
        Assert.Equal((0, Bedrag.Nul, 0), (controle.AantalAfwijkingen, controle.NogTerugTeVorderen, controle.HuishoudensNogNaTeBetalen));
    }
}
