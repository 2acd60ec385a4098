using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Inkomstenopgaven.Corrigeren;
using Socrates.Application.Inkomstenopgaven.Lijst;
using Socrates.Application.Inkomstenopgaven.Registreren;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Inkomstenopgaven;

/// <summary>
/// Registering an opgave through the real pipeline (issue #13): the quick entry finds the toekenning by BSN or dossiernummer
/// within the user's gemeente; every refusal is a Dutch message at its field and saves nothing.
/// </summary>
public sealed class InkomstenopgaveRegistrerenTests(AppFixture app)
{
    private static readonly Lid Gemeente = Leden.DenHaag;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Vandaag => app.Klok.Vandaag();

    private static InkomstenopgaveRegistreren Opgave(string klant, Maand maand) => new()
    {
        Klant = klant, Maand = maand.ToString(), Van = Gezinslid.Aanvrager, Werkgever = "Bakkerij De Korenschoof", PeriodeVan = maand.Eerste,
        PeriodeTot = maand.Laatste, NettoLoon = 600m, BrutoLoon = 780m, Uren = 40m,
    };

    [DbFact]
    public async Task QuickEntry_ByBsnOrDossiernummer_FindsTheToekenningOfTheMonth()
    {
        var (toekenning, aanvrager, aanvraag) = await app.ActieveToekenningAsync(Gemeente, dagenGeleden: 70);
        var bsn = await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().Where(p => p.Id == aanvrager).Select(p => p.Bsn.Waarde).SingleAsync(Ct));
        var vorige = Maand.Van(Vandaag).Vorige;
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);

        Assert.DoesNotContain(bsn, Opgave(bsn, vorige).ToString(), StringComparison.Ordinal);     // never in a log line
        var perBsn = await consulent.Send(Opgave(bsn, vorige));
        var perDossier = await consulent.Send(Opgave(aanvraag.ToString(System.Globalization.CultureInfo.InvariantCulture), Maand.Van(Vandaag)));

        var opgaven = await app.InDatabaseAsync(db => db.Inkomstenopgaven.IgnoreQueryFilters().Where(o => o.Id == perBsn || o.Id == perDossier)
            .OrderBy(o => o.Id).Select(o => new { o.ToekenningId, o.Maand, o.GeregistreerdDoor }).ToListAsync(Ct));
        Assert.Equal([(toekenning, vorige.Eerste), (toekenning, Maand.Van(Vandaag).Eerste)], opgaven.Select(o => (o.ToekenningId, o.Maand)));
        var audit = await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters()
            .CountAsync(a => a.Actie == nameof(InkomstenopgaveRegistreren) && a.EntiteitType == "Inkomstenopgave", Ct));
        Assert.True(audit >= 2, $"{audit} auditregels");
    }

    /// <summary>The administratief medewerker enters loonstroken and nothing else: no household's list, no correction.</summary>
    [DbFact]
    public async Task AdministratiefMedewerker_EntersByBsn_ButReadsNoDossierAndCorrectsNothing()
    {
        var (toekenning, aanvrager, _) = await app.ActieveToekenningAsync(Gemeente, dagenGeleden: 70);
        var bsn = await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().Where(p => p.Id == aanvrager).Select(p => p.Bsn.Waarde).SingleAsync(Ct));
        await using var medewerker = app.AlsGebruiker(Rol.AdministratiefMedewerker, Gemeente);

        var id = await medewerker.Send(Opgave(bsn, Maand.Van(Vandaag).Vorige));

        Assert.Equal(toekenning, await app.InDatabaseAsync(db => db.Inkomstenopgaven.IgnoreQueryFilters().Where(o => o.Id == id).Select(o => o.ToekenningId).SingleAsync(Ct)));
        await Assert.ThrowsAsync<GeenToegangException>(async () => await medewerker.Send(new InkomstenopgavenOpvragen(toekenning)));
        await Assert.ThrowsAsync<GeenToegangException>(async () => await medewerker.Send(new InkomstenopgaveCorrigeren { OpgaveId = id, Versie = 1 }));
    }

    [DbFact]
    public async Task QuickEntry_AnotherGemeentesBsn_AMonthWithoutBijstand_ABadBsn_ADouble_AreRefusedAtTheField()
    {
        var (toekenning, _, aanvraag) = await app.ActieveToekenningAsync(Gemeente, dagenGeleden: 20);
        var (_, anderePersoon, _) = await app.ActieveToekenningAsync(Leden.Utrecht);
        var andereBsn = await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().Where(p => p.Id == anderePersoon).Select(p => p.Bsn.Waarde).SingleAsync(Ct));
        var dossier = aanvraag.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var consulent = app.AlsGebruiker(Rol.Consulent, Gemeente);
        var voor = await app.InDatabaseAsync(db => db.Inkomstenopgaven.IgnoreQueryFilters().CountAsync(o => o.ToekenningId == toekenning, Ct));

        async Task<string> FoutAsync(InkomstenopgaveRegistreren c) =>
            Assert.Single((await Assert.ThrowsAsync<ValidationException>(() => consulent.Send(c).AsTask())).Errors).ErrorMessage;

        Assert.Equal("Er is in uw gemeente geen klant met dit BSN of dossiernummer.", await FoutAsync(Opgave(andereBsn, Maand.Van(Vandaag))));
        Assert.Equal("Vul een BSN van negen cijfers (met een geldige elfproef) of een dossiernummer in.", await FoutAsync(Opgave("12345678x", Maand.Van(Vandaag))));
        var lang = Maand.Van(Vandaag.AddMonths(-6));
        Assert.Equal($"Deze klant had in {lang.Voluit} geen bijstand: er is geen toekenning die toen liep.", await FoutAsync(Opgave(dossier, lang)));
        var leeg = await Assert.ThrowsAsync<ValidationException>(() => consulent.Send(Opgave(" ", Maand.Van(Vandaag)) with { NettoLoon = 900m, BrutoLoon = 800m }).AsTask());
        Assert.Equal(
            [("Klant", "Vul het BSN of het dossiernummer van de klant in."), ("BrutoLoon", "Het brutoloon is niet lager dan het nettoloon: controleer de loonstrook.")],
            leeg.Errors.Select(e => (e.PropertyName, e.ErrorMessage)));

        await consulent.Send(Opgave(dossier, Maand.Van(Vandaag)));
        var dubbel = await Assert.ThrowsAsync<DomeinregelException>(() => consulent.Send(Opgave(dossier, Maand.Van(Vandaag))).AsTask());
        Assert.Contains("corrigeer die opgave", dubbel.Message, StringComparison.Ordinal);
        Assert.Equal(voor + 1, await app.InDatabaseAsync(db => db.Inkomstenopgaven.IgnoreQueryFilters().CountAsync(o => o.ToekenningId == toekenning, Ct)));
    }
}
