using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Indienen;
using Socrates.Application.Aanvragen.Melden;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Audit;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Aanvragen.Verloop;

public sealed class MeldenEnIndienenTests(AppFixture app)
{
    private static readonly DateOnly Vandaag = Testtijd.Vandaag;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbFact]
    public async Task Melden_StartsAnAanvraagAsGemeld_AndAuditsIt()
    {
        var id = await app.GemeldAsync(Leden.Utrecht, dagenGeleden: 3);

        var aanvraag = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().SingleAsync(a => a.Id == id, Ct));
        Assert.Equal((AanvraagStatus.Gemeld, Vandaag.AddDays(-3), Leden.Utrecht.Code), (aanvraag.Status, aanvraag.Meldingsdatum, aanvraag.Gemeente));
        Assert.True(await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters()
            .AnyAsync(r => r.Actie == nameof(MeldingRegistreren) && r.EntiteitType == "Aanvraag" && r.EntiteitId == id.ToString(System.Globalization.CultureInfo.InvariantCulture), Ct)));
    }

    [DbFact]
    public async Task Melden_Under18_IsRefused()
    {
        var persoon = await app.PersoonAsync(Leden.Utrecht, Vandaag.AddYears(-17));
        await using var als = app.AlsGebruiker(Rol.Consulent, Leden.Utrecht);

        var fout = await Assert.ThrowsAsync<DomeinregelException>(() => als.Send(new MeldingRegistreren { PersoonId = persoon, Meldingsdatum = Vandaag }).AsTask());

        Assert.Contains("jonger dan 18", fout.Message, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Melden_WhileAnAanvraagRuns_IsRefused()
    {
        var id = await app.GemeldAsync(Leden.Utrecht);
        var persoon = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.AanvragerId).SingleAsync(Ct));
        await using var als = app.AlsGebruiker(Rol.Consulent, Leden.Utrecht);

        var fout = await Assert.ThrowsAsync<DomeinregelException>(() => als.Send(new MeldingRegistreren { PersoonId = persoon, Meldingsdatum = Vandaag }).AsTask());

        Assert.Contains("loopt al een aanvraag", fout.Message, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task Melden_InTheFuture_IsAValidationMessage()
    {
        await using var als = app.AlsGebruiker(Rol.Consulent, Leden.Utrecht);

        var fout = await Assert.ThrowsAsync<ValidationException>(() => als.Send(new MeldingRegistreren { PersoonId = 1, Meldingsdatum = Vandaag.AddDays(1) }).AsTask());

        Assert.Equal("De meldingsdatum kan niet in de toekomst liggen.", Assert.Single(fout.Errors).ErrorMessage);
    }

    [DbFact]
    public async Task Indienen_StartsTheBeslistermijn_EightWeeks()
    {
        var id = await app.IngediendAsync(Leden.Utrecht, dagenGeleden: 10);

        var aanvraag = await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().SingleAsync(a => a.Id == id, Ct));
        Assert.Equal((AanvraagStatus.Ingediend, Vandaag.AddDays(-10 + 56)), (aanvraag.Status, aanvraag.UitersteBeslisdatum));
    }

    [DbFact]
    public async Task Indienen_Under27WithinFourWeeks_IsRefused_ButWithAnExemptionAccepted()   // art. 41 lid 4 en lid 11
    {
        var id = await app.GemeldAsync(Leden.Utrecht, dagenGeleden: 10, geboren: Vandaag.AddYears(-22));
        await using var als = app.AlsGebruiker(Rol.Consulent, Leden.Utrecht);
        var versie = await app.VersieAsync(id);

        var fout = await Assert.ThrowsAsync<DomeinregelException>(() =>
            als.Send(new AanvraagIndienen { AanvraagId = id, Versie = versie, Ontvangstdatum = Vandaag }).AsTask());
        await als.Send(new AanvraagIndienen
        {
            AanvraagId = id, Versie = versie, Ontvangstdatum = Vandaag,
            ZoektermijnUitzondering = ZoektermijnUitzondering.Collegebesluit, UitzonderingReden = "Dreigende dakloosheid",
        });

        Assert.Contains("art. 41 lid 4", fout.Message, StringComparison.Ordinal);
        Assert.Equal(AanvraagStatus.Ingediend, await app.InDatabaseAsync(db => db.Aanvragen.IgnoreQueryFilters().Where(a => a.Id == id).Select(a => a.Status).SingleAsync(Ct)));
    }

    [DbFact]
    public async Task Indienen_StaleVersion_IsAConcurrencyConflict()
    {
        var id = await app.GemeldAsync(Leden.Utrecht);
        await using var als = app.AlsGebruiker(Rol.Consulent, Leden.Utrecht);

        var oud = await app.VersieAsync(id) - 1;

        await Assert.ThrowsAsync<VerouderdeVersieException>(() =>
            als.Send(new AanvraagIndienen { AanvraagId = id, Versie = oud, Ontvangstdatum = Vandaag }).AsTask());
    }

    [DbFact]
    public async Task Indienen_AnotherMunicipalitysAanvraag_IsNotFound()
    {
        var id = await app.GemeldAsync(Leden.Amsterdam);
        await using var rotterdam = app.AlsGebruiker(Rol.Consulent, Leden.Rotterdam);

        await Assert.ThrowsAsync<NietGevondenException>(() =>
            rotterdam.Send(new AanvraagIndienen { AanvraagId = id, Versie = 0, Ontvangstdatum = Vandaag }).AsTask());
        Assert.True(await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters().AnyAsync(
            r => r.Gemeente == Leden.Rotterdam.Code && r.Actie == nameof(AanvraagIndienen) && r.Uitkomst == AuditUitkomst.Geweigerd, Ct)));
    }
}
