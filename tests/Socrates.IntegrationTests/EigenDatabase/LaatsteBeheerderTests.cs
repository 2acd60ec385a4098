using Socrates.Application.Gebruikers.Blokkeren;
using Socrates.Application.Gebruikers.Details;
using Socrates.Application.Gebruikers.Rollen;
using Socrates.Application.Gebruikers.Toevoegen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using Socrates.Testing;

namespace Socrates.IntegrationTests.EigenDatabase;

/// <summary>A municipality always keeps an active Beheerder: the last one can be neither blocked nor stripped of the role.</summary>
public sealed class LaatsteBeheerderTests(EigenApp app) : IClassFixture<EigenApp>
{
    private static readonly Lid Gemeente = Leden.Amsterdam;

    [Fact]
    public async Task TheLastBeheerder_CannotBeBlockedOrLoseTheRole_UntilThereIsASecond()
    {
        var enige = await app.GebruikerIdAsync(DemoGebruikers.Email(Gemeente, Rol.Beheerder));
        await using var als = app.AlsGebruiker(Rol.Beheerder, Gemeente, id: "iemand-anders");
        var tweede = await app.GebruikerIdAsync(DemoGebruikers.Email(Gemeente, Rol.Beheerder, 2));     // the demo's second beheerder
        await als.Send(new GebruikerBlokkeren { Id = tweede, Versie = (await als.Send(new GebruikerDetails(tweede)))!.Versie, Blokkeren = true });
        var view = (await als.Send(new GebruikerDetails(enige)))!;

        var blokkeren = await Assert.ThrowsAsync<DomeinregelException>(() =>
            als.Send(new GebruikerBlokkeren { Id = enige, Versie = view.Versie, Blokkeren = true }).AsTask());
        var rol = await Assert.ThrowsAsync<DomeinregelException>(() =>
            als.Send(new RollenWijzigen { Id = enige, Versie = view.Versie, Rollen = [Rol.Consulent] }).AsTask());

        Assert.Equal("U kunt de laatste beheerder van de gemeente niet blokkeren.", blokkeren.Message);
        Assert.Equal("U kunt de rol beheerder niet afnemen van de laatste beheerder van de gemeente.", rol.Message);
        Assert.False((await als.Send(new GebruikerDetails(enige)))!.Geblokkeerd);

        await als.Send(new GebruikerToevoegen { Email = $"tweede-{Guid.NewGuid():N}@amsterdam.example", Naam = "Tweede Beheerder", Rollen = [Rol.Beheerder] });
        await als.Send(new GebruikerBlokkeren { Id = enige, Versie = view.Versie, Blokkeren = true });

        Assert.True((await als.Send(new GebruikerDetails(enige)))!.Geblokkeerd);
    }

    [Fact]
    public async Task ABeheerder_CannotBlockHimself()
    {
        var ik = await app.GebruikerIdAsync(DemoGebruikers.Email(Gemeente, Rol.Teamleider));
        await using var als = app.AlsGebruiker(Rol.Beheerder, Gemeente, id: ik);
        var view = (await als.Send(new GebruikerDetails(ik)))!;

        var fout = await Assert.ThrowsAsync<DomeinregelException>(() =>
            als.Send(new GebruikerBlokkeren { Id = ik, Versie = view.Versie, Blokkeren = true }).AsTask());

        Assert.Equal("U kunt uzelf niet blokkeren.", fout.Message);
    }
}
