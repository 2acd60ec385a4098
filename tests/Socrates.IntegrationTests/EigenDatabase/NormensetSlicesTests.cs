using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Normen;
using Socrates.Application.Normen.Beoordelen;
using Socrates.Application.Normen.Lijst;
using Socrates.Application.Normen.Vergelijken;
using Socrates.Application.Normen.Voorstellen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Normen;
using Socrates.Domain.Rekenkern;
using Microsoft.Extensions.DependencyInjection;
using Socrates.Testing;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>
/// Proposing, approving and rejecting national figures through the real pipeline. Every test uses its own far-future
/// ingangsdatum and the figures in force today, on a database of its own: an approved set moves the figures every
/// calculation reads (<see cref="ILandelijkeNormen"/>), which the shared app's tests must not see.
/// </summary>
public sealed class NormensetSlicesTests(EigenApp app) : IClassFixture<EigenApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbFact]
    public async Task Voorstellen_ThenApprovedByTheSecond_IsInForce_AndTheCounterMoves()
    {
        var id = await VoorstelAsync(new DateOnly(2035, 1, 1));
        var versie = app.Services.GetService(typeof(NormenVersie)) as NormenVersie;
        var voor = versie!.Waarde;

        await using (var tweede = Normbeheerder("nb-2"))
        {
            await tweede.Send(new NormensetGoedkeuren { Id = id, Versie = 0 });
        }

        Assert.True(versie.Waarde > voor);
        var geldend = await app.InDatabaseAsync(db => db.GeldendOpAsync(new DateOnly(2035, 3, 1), Ct));
        Assert.Equal((id, NormensetStatus.Goedgekeurd, "Test Normbeheerder"), (geldend!.Id, geldend.Status, geldend.BeoordeeldDoor));
        Assert.Contains(await app.InDatabaseAsync(db => db.GoedgekeurdeAsync(Ct)), n => n.Id == id);
    }

    [DbFact]
    public async Task Goedkeuren_OwnProposal_IsRefused_AndStaysProposed()
    {
        var id = await VoorstelAsync(new DateOnly(2036, 1, 1));

        await using var eerste = Normbeheerder("nb-1");
        var fout = await Assert.ThrowsAsync<DomeinregelException>(async () => await eerste.Send(new NormensetGoedkeuren { Id = id, Versie = 0 }));

        Assert.Equal("U kunt uw eigen voorstel niet goedkeuren: dat doet een andere normbeheerder (vier ogen).", fout.Message);
        Assert.Equal(NormensetStatus.Voorgesteld, await app.InDatabaseAsync(db => db.Normensets.Where(n => n.Id == id).Select(n => n.Status).SingleAsync(Ct)));
    }

    [DbFact]
    public async Task Afwijzen_ByTheSecond_WithReason_AndAStaleVersionIsAConflict()
    {
        var id = await VoorstelAsync(new DateOnly(2037, 1, 1));

        await using var tweede = Normbeheerder("nb-2");
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(async () => await tweede.Send(new NormensetAfwijzen { Id = id, Versie = 7, Reden = "Verkeerd" }));
        await using var derde = Normbeheerder("nb-3");
        await derde.Send(new NormensetAfwijzen { Id = id, Versie = 0, Reden = "Bedrag art. 21 onder a verkeerd overgenomen" });

        var set = await app.InDatabaseAsync(db => db.Normensets.SingleAsync(n => n.Id == id, Ct));
        Assert.Equal((NormensetStatus.Afgewezen, "Bedrag art. 21 onder a verkeerd overgenomen"), (set.Status, set.Afwijzingsreden));
    }

    [DbFact]
    public async Task Voorstellen_BrokenRelationAndMissingField_DutchMessagesAtTheFields_AndNothingSaved()
    {
        var datum = new DateOnly(2038, 1, 1);
        var command = await CommandAsync(datum) with { Alleenstaande = 1_500m, InrichtingGehuwden = null };

        await using var eerste = Normbeheerder("nb-1");
        var fout = await Assert.ThrowsAsync<ValidationException>(async () => await eerste.Send(command));

        Assert.Equal("Vul gehuwden (art. 23 lid 1 onder b) in.", Assert.Single(fout.Errors, e => e.PropertyName == "InrichtingGehuwden").ErrorMessage);
        Assert.False(await app.InDatabaseAsync(db => db.Normensets.AnyAsync(n => n.Ingangsdatum == datum, Ct)));

        fout = await Assert.ThrowsAsync<ValidationException>(async () => await eerste.Send(command with { InrichtingGehuwden = 690.27m }));
        Assert.StartsWith("Art. 21: de norm van een alleenstaande (ouder) is 70 % van de gehuwdennorm",
            Assert.Single(fout.Errors, e => e.PropertyName == "Alleenstaande").ErrorMessage);
    }

    [DbFact]
    public async Task Voorstellen_TwentyPercentHigher_NeedsTheConfirmation()
    {
        var datum = new DateOnly(2045, 1, 1);
        var hoger = Maal(await CommandAsync(datum), 1.2m);

        await using var eerste = Normbeheerder("nb-1");
        var fout = await Assert.ThrowsAsync<ValidationException>(async () => await eerste.Send(hoger));
        Assert.Contains(fout.Errors, e => e.PropertyName == nameof(NormensetVoorstellen.AfwijkingenBevestigd));
        Assert.Contains(fout.Errors, e => e.PropertyName == "Gehuwden" && e.ErrorMessage.Contains("wijkt 20 % af", StringComparison.Ordinal));

        var id = await eerste.Send(hoger with { AfwijkingenBevestigd = true });
        Assert.True(await app.InDatabaseAsync(db => db.Normensets.Where(n => n.Id == id).Select(n => n.AfwijkingenBevestigd).SingleAsync(Ct)));
    }

    [DbFact]
    public async Task GemeenteBeheerder_IsRefusedEveryNormSlice()
    {
        await using var beheerder = app.AlsGebruiker(Rol.Beheerder, Leden.Amsterdam);

        await Assert.ThrowsAsync<GeenToegangException>(async () => await beheerder.Send(new NormensetsOpvragen()));
        await Assert.ThrowsAsync<GeenToegangException>(async () => await beheerder.Send(new HuidigeNormen()));
        await Assert.ThrowsAsync<GeenToegangException>(async () => await beheerder.Send(new NormensetGoedkeuren { Id = 1 }));
    }

    [DbFact]
    public async Task Normbeheerder_RefusedAGemeenteQuery_IsAuditedWithNoGemeente()
    {
        await using var nb = Normbeheerder("nb-geweigerd");

        await Assert.ThrowsAsync<GeenToegangException>(async () => await nb.Send(new Application.Gemeenteregels.Lijst.GeldendeGemeenteregels()));

        var regel = await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters().SingleAsync(a => a.GebruikerId == "nb-geweigerd", Ct));
        Assert.Equal((null, "GeldendeGemeenteregels", Domain.Audit.AuditUitkomst.Geweigerd), (regel.Gemeente, regel.Actie, regel.Uitkomst));
        await using var beheerder = app.AlsGebruiker(Rol.Beheerder, Leden.Amsterdam);
        Assert.False(await beheerder.Db.AuditRegels.AnyAsync(a => a.GebruikerId == "nb-geweigerd", Ct));
    }

    [DbFact]
    public async Task GemeenteBeheerder_CanNeitherCreateNorSeeANormbeheerder()
    {
        await using var beheerder = app.AlsGebruiker(Rol.Beheerder, Leden.Amsterdam);

        var aanmaken = await Assert.ThrowsAsync<DomeinregelException>(async () => await beheerder.Send(new Application.Gebruikers.Aanmaken.GebruikerAanmaken
        {
            Email = "nb-van-amsterdam@example.nl", Naam = "Niet toegestaan", Rol = Rol.Normbeheerder, Wachtwoord = "Normen-Proef-2026",
        }));
        var toevoegen = await Assert.ThrowsAsync<ValidationException>(async () => await beheerder.Send(new Application.Gebruikers.Toevoegen.GebruikerToevoegen
        {
            Email = "nb-van-amsterdam@example.nl", Naam = "Niet toegestaan", Rollen = [Rol.Normbeheerder],
        }));
        var lijst = await beheerder.Send(new Application.Gebruikers.Lijst.GebruikersLijst());

        Assert.StartsWith("Een gemeente kan geen normbeheerder aanmaken", aanmaken.Message, StringComparison.Ordinal);
        Assert.Contains(toevoegen.Errors, e => e.PropertyName == "Rollen");
        Assert.DoesNotContain(lijst.Items, g => g.Email.Contains("normbeheerder", StringComparison.Ordinal));
        Assert.False(await app.InDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == "nb-van-amsterdam@example.nl", Ct)));
    }

    [DbFact]
    public async Task Lijst_MarksTheSetInForceToday_AndVergelijken_MarksTheChangedRows()
    {
        await using var nb = Normbeheerder("nb-1");
        var lijst = await nb.Send(new NormensetsOpvragen());
        var geldend = Assert.Single(lijst, r => r.GeldtVandaag);
        var juli2025 = lijst.Single(r => r.Ingangsdatum == new DateOnly(2025, 7, 1) && r.Status == NormensetStatus.Goedgekeurd);

        var vergelijking = await nb.Send(new NormensetsVergelijken(juli2025.Id, geldend.Id));

        var alleenstaande = vergelijking.Regels.Single(r => r.Artikel == "art. 21 onder a");
        Assert.Equal(("€\u00A01.369,06", "€\u00A01.401,50", true), (alleenstaande.Links, alleenstaande.Rechts, alleenstaande.Gewijzigd));
        Assert.False(vergelijking.Regels.Single(r => r.Artikel == "art. 23 lid 2 onder a").Links == "—");
    }

    [DbFact]
    public async Task ApprovedSet_IsWhatTheCalculationsRead_FromTheNextScope()
    {
        var voor = await LandelijkAsync();
        var startset = LandelijkeBedragen.Startset;
        Assert.Equal(startset.NormenOp(new DateOnly(2026, 3, 1)), voor.NormenOp(new DateOnly(2026, 3, 1)));
        Assert.Equal(startset.VrijlatingenOp(new DateOnly(2025, 8, 1)), voor.VrijlatingenOp(new DateOnly(2025, 8, 1)));
        Assert.Equal(startset.BruteringVan(2026), voor.BruteringVan(2026));
        Assert.Equal(startset.AowLeeftijden.Tabel, voor.AowLeeftijden.Tabel);

        var id = await VoorstelAsync(new DateOnly(2040, 1, 1));
        Assert.Equal(voor.VolgendeIndexatie, (await LandelijkAsync()).VolgendeIndexatie);
        await using (var tweede = Normbeheerder("nb-2"))
        {
            await tweede.Send(new NormensetGoedkeuren { Id = id, Versie = 0 });
        }

        var na = await LandelijkAsync();
        var set = await app.InDatabaseAsync(db => db.Normensets.AsNoTracking().SingleAsync(n => n.Id == id, Ct));
        Assert.Equal(new DateOnly(2040, 7, 1), na.VolgendeIndexatie);
        Assert.Equal(set.Normbedragen, na.NormenOp(new DateOnly(2040, 2, 1)));
        Assert.Equal(startset.NormenOp(new DateOnly(2026, 3, 1)), na.NormenOp(new DateOnly(2026, 3, 1)));
    }

    private async Task<LandelijkeNormen> LandelijkAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ILandelijkeNormen>().OphalenAsync(Ct);
    }

    private AlsGebruiker Normbeheerder(string id) => app.AlsNormbeheerder(id);

    private async Task<NormensetVoorstellen> CommandAsync(DateOnly datum)
    {
        await using var eerste = Normbeheerder("nb-1");
        return await eerste.Send(new HuidigeNormen()) with
        {
            Ingangsdatum = datum, BronDocument = "Proefbrief " + datum.Year, BronPublicatiedatum = datum.AddDays(-20), BronVindplaats = "proef",
        };
    }

    private async Task<int> VoorstelAsync(DateOnly datum)
    {
        var command = await CommandAsync(datum);
        await using var eerste = Normbeheerder("nb-1");
        return await eerste.Send(command);
    }

    private static NormensetVoorstellen Maal(NormensetVoorstellen c, decimal f)
    {
        var kopie = c with { };
        foreach (var veld in Normvelden.Alle.Where(v => !v.IsPercentage))
        {
            var eigenschap = typeof(NormensetVoorstellen).GetProperty(veld.Naam)!;
            eigenschap.SetValue(kopie, decimal.Round(((decimal?)eigenschap.GetValue(kopie)!).Value * f, 2, MidpointRounding.AwayFromZero));
        }

        return kopie;
    }
}
