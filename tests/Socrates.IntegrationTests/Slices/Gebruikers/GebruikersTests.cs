using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gebruikers.Details;
using Socrates.Application.Gebruikers.Lijst;
using Socrates.Application.Gebruikers.Rollen;
using Socrates.Application.Gebruikers.Toevoegen;
using Socrates.Domain.Audit;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;

namespace Socrates.IntegrationTests.Slices.Gebruikers;

/// <summary>A Beheerder adds users to his own municipality and changes their roles; every change is audited and concurrency-checked.</summary>
public sealed class GebruikersTests(AppFixture app)
{
    private static readonly Lid Gemeente = Leden.Rotterdam;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbFact]
    public async Task Toevoegen_CreatesAUserOfTheOwnMunicipality_WithItsRoles_WithoutAPassword()
    {
        await using var als = app.AlsGebruiker(Rol.Beheerder, Gemeente);

        var nieuw = await als.Send(new GebruikerToevoegen { Email = Adres(), Naam = "Fatima El Idrissi", Rollen = [Rol.Consulent, Rol.Teamleider] });

        var view = (await als.Send(new GebruikerDetails(nieuw.Id)))!;
        Assert.Equal(("Fatima El Idrissi", false, false), (view.Naam, view.Geblokkeerd, view.HeeftWachtwoord));
        Assert.Equal([Rol.Consulent, Rol.Teamleider], view.Rollen);
        Assert.False(string.IsNullOrEmpty(nieuw.HerstelToken));
        Assert.Equal(Gemeente.Code, await app.InDatabaseAsync(db => db.Users.Where(u => u.Id == nieuw.Id).Select(u => u.Gemeente).SingleAsync(Ct)));
        Assert.True(await app.InDatabaseAsync(db => db.AuditRegels.IgnoreQueryFilters().AnyAsync(a =>
            a.Actie == nameof(GebruikerToevoegen) && a.EntiteitId == nieuw.Id && a.Uitkomst == AuditUitkomst.Geslaagd, Ct)));
        Assert.True((await als.Send(new GebruikersLijst())).Totaal >= 4);
    }

    [DbFact]
    public async Task Toevoegen_BadInput_GetsOneDutchMessagePerField()
    {
        await using var als = app.AlsGebruiker(Rol.Beheerder, Gemeente);

        var fout = await Assert.ThrowsAsync<ValidationException>(() =>
            als.Send(new GebruikerToevoegen { Email = "geen-adres", Naam = " ", Rollen = [] }).AsTask());
        var onbekend = await Assert.ThrowsAsync<ValidationException>(() =>
            als.Send(new GebruikerToevoegen { Email = "consulent@rotterdam.example", Naam = "X", Rollen = ["Directeur"] }).AsTask());

        var meldingen = fout.Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);
        Assert.Equal("Dit is geen geldig e-mailadres.", meldingen["Email"]);
        Assert.Equal("Vul de naam in.", meldingen["Naam"]);
        Assert.Equal("Kies ten minste één rol.", meldingen["Rollen"]);
        var tweede = onbekend.Errors.ToDictionary(e => e.PropertyName, e => e.ErrorMessage);
        Assert.Equal("Er bestaat al een gebruiker met dit e-mailadres.", tweede["Email"]);
        Assert.Equal("Kies alleen uit de rollen Consulent, Teamleider, Beheerder en Administratief medewerker.", tweede["Rollen"]);
    }

    [DbFact]
    public async Task RollenWijzigen_SetsExactlyTheseRoles_AndAStaleFormIsAConflict()
    {
        await using var als = app.AlsGebruiker(Rol.Beheerder, Gemeente);
        var nieuw = await als.Send(new GebruikerToevoegen { Email = Adres(), Naam = "Kees Bakker", Rollen = [Rol.Consulent] });
        var versie = (await als.Send(new GebruikerDetails(nieuw.Id)))!.Versie;

        await als.Send(new RollenWijzigen { Id = nieuw.Id, Versie = versie, Rollen = [Rol.Teamleider, Rol.Beheerder] });

        Assert.Equal([Rol.Teamleider, Rol.Beheerder], (await als.Send(new GebruikerDetails(nieuw.Id)))!.Rollen);
        await using var later = app.AlsGebruiker(Rol.Beheerder, Gemeente);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() =>
            later.Send(new RollenWijzigen { Id = nieuw.Id, Versie = versie, Rollen = [Rol.Consulent] }).AsTask());
        Assert.Equal([Rol.Teamleider, Rol.Beheerder], (await later.Send(new GebruikerDetails(nieuw.Id)))!.Rollen);
    }

    private static string Adres() => $"nieuw-{Guid.NewGuid():N}@rotterdam.example";
}
