using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Behandelen;
using Socrates.Application.Aanvragen.Beschikkingen;
using Socrates.Application.Aanvragen.Besluit;
using Socrates.Application.Werkvoorraad.Aow;
using Socrates.Application.Aanvragen.Wijziging;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Rekenkern;
using Socrates.Domain.Toekenningen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Toekenningen;

/// <summary>
/// Art. 47a lid 1 Participatiewet: from the day the aanvrager or the partner reaches the AOW age the SVB grants bijstand
/// (AIO), not the gemeente. Signalled ahead, ended on that day through a beëindiging with a handover note, and a new
/// aanvraag of a pensioner household is refused on that ground.
/// </summary>
public sealed class AowTests(AppFixture app)
{
    private static readonly DateOnly Vandaag = Testtijd.Vandaag;
    private static readonly Lid Gemeente = Leden.Amsterdam;

    [DbFact]
    public async Task ReachingTheAowAgeIn3Months_IsSignalled_AndTheToekenningEndsThatDay_WithAHandoverToTheSvb()
    {
        var geboren = Vandaag.AddMonths(3).AddYears(-67);
        var aow = LandelijkeBedragen.Startset.AowLeeftijden.Verwacht(geboren, out var zeker);
        Assert.SkipUnless(zeker, $"De AOW-tabel van Socrates reikt nog niet tot {aow:yyyy}: voeg eerst die rij toe.");
        var (bronId, oud) = await app.ToegekendAsync(Gemeente, 40, geboren);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);

        var signalen = await AlleSignalenAsync(consulent);
        var signaal = Assert.Single(signalen, s => s.ToekenningId == oud.Id);
        Assert.Equal((aow, "aanvrager", bronId, (int?)null), (signaal.Datum, signaal.Wie, signaal.AanvraagId, signaal.OpenWijzigingId));

        var id = await consulent.Send(new WijzigingRegistreren
        {
            ToekenningId = oud.Id, Versie = oud.Versie, Soort = Wijzigingsoort.AowLeeftijd, Omschrijving = "De AOW-leeftijd wordt bereikt.",
        });
        Assert.Equal(aow, await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.Wijziging.Datum).SingleAsync()));
        var versie = await app.VersieAsync(id);
        var herziening = await Assert.ThrowsAsync<ValidationException>(() =>                 // no toekenning in the future, and none from the AOW age
            consulent.Send(new BesluitVoorstellen { AanvraagId = id, Versie = versie, Soort = Besluitsoort.Toegekend, Ingangsdatum = aow }).AsTask());
        var zonderOverdracht = await Assert.ThrowsAsync<ValidationException>(() =>
            consulent.Send(new BesluitVoorstellen { AanvraagId = id, Versie = versie, Soort = Besluitsoort.Beeindigd, Motivering = "AOW-leeftijd." }).AsTask());
        await consulent.Send(new BesluitVoorstellen
        {
            AanvraagId = id, Versie = versie, Soort = Besluitsoort.Beeindigd, Motivering = "U bereikt de AOW-leeftijd.",
            OverdrachtSvb = "Alleenstaande, huurwoning, geen inkomen of vermogen; geen lopende terugvorderingen.",
        });
        var lopend = Assert.Single(await AlleSignalenAsync(consulent), s => s.ToekenningId == oud.Id);
        Assert.Equal(((int?)id, (Wijzigingsoort?)Wijzigingsoort.AowLeeftijd), (lopend.OpenWijzigingId, lopend.OpenWijzigingSoort));
        await using var teamleider = app.AlsGebruiker(Rol.Teamleider, Gemeente);
        await teamleider.Send(new BesluitBeoordelen { AanvraagId = id, Versie = await app.VersieAsync(id), Goedgekeurd = true });

        Assert.Equal(nameof(BesluitVoorstellen.Ingangsdatum), Assert.Single(herziening.Errors).PropertyName);
        Assert.Equal(nameof(BesluitVoorstellen.OverdrachtSvb), Assert.Single(zonderOverdracht.Errors).PropertyName);
        var beeindigd = await app.ToekenningMetIdAsync(oud.Id);
        Assert.Equal((ToekenningStatus.Beeindigd, (DateOnly?)aow.AddDays(-1)), (beeindigd.Status, beeindigd.Einddatum));
        Assert.DoesNotContain(await AlleSignalenAsync(consulent), s => s.ToekenningId == oud.Id);
        var dossier = await teamleider.Send(new Application.Aanvragen.Dossier.AanvraagDossier(id));
        Assert.Equal("Alleenstaande, huurwoning, geen inkomen of vermogen; geen lopende terugvorderingen.", dossier!.OverdrachtSvb);
        var brief = await teamleider.Send(new BeschikkingInzien(id));
        Assert.Equal((Besluitsoort.Beeindigd, (Afwijzingsgrond?)Afwijzingsgrond.SvbBevoegd), (brief!.Beschikking.Soort, brief.Beschikking.Afwijzingsgrond));
    }

    [DbFact]
    public async Task AnAanvraagOfAPensioner_IsRefusedAsToekenning_AndDeclinedOnArt47a()
    {
        var id = await app.IngediendAsync(Gemeente, 30, Vandaag.AddYears(-70));
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        await consulent.Send(new AanvraagInBehandelingNemen { AanvraagId = id, Versie = await app.VersieAsync(id) });
        var voorbereiding = (await consulent.Send(new BesluitVoorbereiding(id)))!;
        var versie = await app.VersieAsync(id);

        var toekennen = await Assert.ThrowsAsync<DomeinregelException>(() => consulent.Send(new BesluitVoorstellen
        {
            AanvraagId = id, Versie = versie, Soort = Besluitsoort.Toegekend, Ingangsdatum = voorbereiding.VroegsteIngangsdatum,
        }).AsTask());
        await consulent.Send(new BesluitVoorstellen
        {
            AanvraagId = id, Versie = versie, Soort = Besluitsoort.Afgewezen, Afwijzingsgrond = Afwijzingsgrond.SvbBevoegd,
            Motivering = "U heeft de AOW-leeftijd bereikt; de SVB verleent de aanvullende inkomensvoorziening ouderen.",
        });

        Assert.NotNull(voorbereiding.SvbBevoegdVanaf);
        Assert.True(voorbereiding.Berekening.SvbBevoegd);
        Assert.Contains("Wijs de aanvraag af op die grond", toekennen.Message, StringComparison.Ordinal);
        var aanvraag = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().AsNoTracking().SingleAsync(a => a.Id == id));
        Assert.Equal((AanvraagStatus.BesluitVoorgesteld, (Afwijzingsgrond?)Afwijzingsgrond.SvbBevoegd), (aanvraag.Status, aanvraag.Besluitvorming.Afwijzingsgrond));
    }

    private static async Task<List<AowSignaal>> AlleSignalenAsync(AlsGebruiker als)
    {
        var alle = new List<AowSignaal>();
        for (var pagina = 1; ; pagina++)
        {
            var deel = await als.Send(new AowSignalen(pagina));
            alle.AddRange(deel.Items);
            if (!deel.HeeftVolgende)
            {
                return alle;
            }
        }
    }
}
