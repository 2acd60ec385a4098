using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Personen.Wijzigen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Personen;

public sealed class PersoonWijzigenTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbFact]
    public async Task NewAddressAndIban_AreSaved_AndTheVersionRises()
    {
        var id = await app.PersoonAsync(Leden.DenHaag);
        await using var als = app.AlsGebruiker(Rol.Consulent, Leden.DenHaag);

        await als.Send(Wijziging(id, 0) with { Straat = "Spui", Huisnummer = 70, Postcode = "2511bt", Woonplaats = "Den Haag", Iban = "" });

        var persoon = await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Id == id, Ct));
        Assert.Equal(("Spui 70", "2511 BT", null, 1), (persoon.Adres.Regel1, persoon.Adres.Postcode.Waarde, persoon.Iban, persoon.Versie));
    }

    [DbFact]
    public async Task StaleVersion_IsAConcurrencyConflict()
    {
        var id = await app.PersoonAsync(Leden.DenHaag);
        await using var eerste = app.AlsGebruiker(Rol.Consulent, Leden.DenHaag);
        await eerste.Send(Wijziging(id, 0));

        await using var tweede = app.AlsGebruiker(Rol.Consulent, Leden.DenHaag);
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => tweede.Send(Wijziging(id, 0) with { Achternaam = "Later" }).AsTask());
    }

    [DbFact]
    public async Task AnotherMunicipalitysPerson_IsNotFound()
    {
        var id = await app.PersoonAsync(Leden.Amsterdam);
        await using var denHaag = app.AlsGebruiker(Rol.Consulent, Leden.DenHaag);

        await Assert.ThrowsAsync<NietGevondenException>(() => denHaag.Send(Wijziging(id, 0)).AsTask());
    }

    [DbFact]
    public async Task BadPostcode_IsRefusedWithADutchMessage()
    {
        await using var als = app.AlsGebruiker(Rol.Consulent, Leden.DenHaag);

        var fout = await Assert.ThrowsAsync<ValidationException>(() => als.Send(Wijziging(1, 0) with { Postcode = "25111" }).AsTask());

        Assert.Equal("Een postcode is vier cijfers en twee letters, zoals 3011 AD.", Assert.Single(fout.Errors).ErrorMessage);
    }

    private static PersoonWijzigen Wijziging(int id, int versie) => new()
    {
        PersoonId = id, Versie = versie, Voornamen = "Anna Maria", Achternaam = "Jansen", Geboortedatum = new DateOnly(1985, 6, 15),
        Straat = "Coolsingel", Huisnummer = 40, Postcode = "3011 AD", Woonplaats = "Rotterdam", Iban = "NL91ABNA0417164300",
    };
}
