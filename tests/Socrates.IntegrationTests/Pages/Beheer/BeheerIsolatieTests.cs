using System.Net;
using Socrates.Application.Audit.Lijst;
using Socrates.Application.Gebruikers.Blokkeren;
using Socrates.Application.Gebruikers.Herstellink;
using Socrates.Application.Gebruikers.Rollen;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Gemeenteregels.Lijst;
using Socrates.Application.Gemeenteregels.Vastleggen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using Socrates.IntegrationTests.Slices.Gemeenteregels;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Pages.Beheer;

/// <summary>A Beheerder of Utrecht reaches nothing of Den Haag: its users, versions and audit lines are simply not found.</summary>
[Collection(DenHaagsRegels.Naam)]
public sealed class BeheerIsolatieTests(AppFixture app)
{
    [DbFact]
    public async Task UtrechtsBeheerder_Gets404_OnDenHaagsUser_AndCannotChangeIt()
    {
        var denHaag = await app.GebruikerIdAsync(DemoGebruikers.Email(Leden.DenHaag, Rol.Consulent));
        var client = await app.LoginAsync(Rol.Beheerder, Leden.Utrecht);

        var pagina = await client.GetPaginaAsync($"/Beheer/Gebruikers/Details/{denHaag}");
        var lijst = await client.GetPaginaAsync("/Beheer/Gebruikers");

        Assert.Equal(HttpStatusCode.NotFound, pagina.Status);
        Assert.DoesNotContain("@denhaag.example", lijst.Tekst, StringComparison.Ordinal);
        await using var als = app.AlsGebruiker(Rol.Beheerder, Leden.Utrecht);
        await Assert.ThrowsAsync<NietGevondenException>(() => als.Send(new GebruikerBlokkeren { Id = denHaag, Versie = "x", Blokkeren = true }).AsTask());
        await Assert.ThrowsAsync<NietGevondenException>(() => als.Send(new RollenWijzigen { Id = denHaag, Versie = "x", Rollen = [Rol.Beheerder] }).AsTask());
        await Assert.ThrowsAsync<NietGevondenException>(() => als.Send(new HerstellinkMaken(denHaag)).AsTask());
    }

    [DbFact]
    public async Task UtrechtsBeheerder_Gets404_OnAVersionOnlyDenHaagHas()
    {
        await using var denHaag = app.AlsGebruiker(Rol.Beheerder, Leden.DenHaag);
        var overzicht = await denHaag.Send(new GeldendeGemeenteregels());
        var id = (await denHaag.VastleggenAsync(GemeenteregelsVastleggen.Van(overzicht.Geldend, overzicht.GemeenteVersie) with
        {
            GeldigVanaf = overzicht.Peildatum.AddDays(90), Toelichting = "Alleen Den Haag",
        })).VersieId!.Value;
        var client = await app.LoginAsync(Rol.Beheerder, Leden.Utrecht);

        var pagina = await client.GetPaginaAsync($"/Beheer/Gemeenteregels/Vergelijken?A=1&B={id}");

        Assert.Equal(HttpStatusCode.NotFound, pagina.Status);
    }

    [DbFact]
    public async Task UtrechtsBeheerder_SeesNoAuditLineOfDenHaag()
    {
        var denHaag = await app.GebruikerIdAsync(DemoGebruikers.Email(Leden.DenHaag, Rol.Beheerder));
        await app.LoginAsync(Rol.Beheerder, Leden.DenHaag);
        await using var als = app.AlsGebruiker(Rol.Beheerder, Leden.Utrecht);

        var overzicht = await als.Send(new AuditRegelsZoeken { Gebruiker = denHaag });
        var export = await als.Send(new AuditExporteren { Gebruiker = denHaag });

        Assert.Equal(0, overzicht.Regels.Totaal);
        Assert.DoesNotContain(overzicht.Gebruikers, g => g.Id == denHaag);
        Assert.Empty(export.Rijen);
    }

    [DbTheory]
    [InlineData("/Beheer/Gemeenteregels")]
    [InlineData("/Beheer/Gemeenteregels/Vastleggen")]
    [InlineData("/Beheer/Gebruikers")]
    [InlineData("/Beheer/Landelijk")]
    [InlineData("/Beheer/Audit")]
    public async Task Get_AsConsulent_IsSentToGeenToegang(string url)
    {
        var client = await app.LoginAsync(Rol.Consulent, Leden.Utrecht);

        using var antwoord = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.Equal($"https://localhost/Account/GeenToegang?ReturnUrl={Uri.EscapeDataString(url)}", antwoord.Headers.Location?.OriginalString);
    }
}
