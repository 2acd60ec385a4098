using Microsoft.Playwright;
using Socrates.Application.Gemeenteregels.Lijst;
using Socrates.Application.Gemeenteregels.Vastleggen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;
using Socrates.Infrastructure.Identity;
using static Microsoft.Playwright.Assertions;

namespace Socrates.BrowserTests;

/// <summary>
/// Den Haag demands a second Beheerder for new rules: the proposer sees his proposal waiting (and can only withdraw it),
/// a second Beheerder approves it, and the version appears in the history named after both.
/// </summary>
public sealed class VierOgenInstellingenTests(KestrelApp app, BrowserFixture browser)
{
    [Fact]
    public async Task Proposal_WaitsForASecondBeheerder_WhoApprovesIt()
    {
        await using (var als = app.AlsGebruiker(Rol.Beheerder, Leden.DenHaag, id: "vier-ogen-aan"))
        {
            var overzicht = await als.Send(new GeldendeGemeenteregels());
            await als.VastleggenAsync(GemeenteregelsVastleggen.Van(overzicht.Geldend with { VierOgenInstellingen = true }, overzicht.GemeenteVersie) with
            {
                GeldigVanaf = overzicht.Peildatum, Toelichting = "Vier ogen op de gemeenteregels",
            });
        }

        var tweede = await app.NieuweGebruikerAsync(Rol.Beheerder, Leden.DenHaag);
        await using (var voorsteller = await BrowserSessie.OpenAsync(browser, app))
        {
            var pagina = voorsteller.Pagina;
            await voorsteller.InloggenAsync(DemoGebruikers.Email(Leden.DenHaag, Rol.Beheerder), KestrelApp.Wachtwoord);
            await pagina.GotoAsync("/Beheer/Gemeenteregels/Vastleggen");
            await pagina.VulAsync("Signaleringsdagen beslistermijn (Awb 4:13)", "21");
            await pagina.KnopAsync("Doorrekenen");
            await pagina.VulAsync("Reden van de wijziging", "Eerder signaleren");
            await pagina.KnopAsync("Voorstellen ter goedkeuring");
            await pagina.MeldingAsync("De nieuwe versie is voorgesteld. Een andere beheerder moet haar goedkeuren voordat zij geldt.");
            var voorstel = pagina.GetByRole(AriaRole.Region, new() { Name = "Voorstel ter goedkeuring" });
            await Expect(voorstel).ToContainTextAsync("Eerder signaleren");
            await Expect(voorstel.Locator("mark")).ToHaveTextAsync("21 dagen vooraf");
            await Expect(voorstel.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren" })).ToHaveCountAsync(0);
            await Expect(voorstel.GetByRole(AriaRole.Button, new() { Name = "Voorstel intrekken" })).ToBeVisibleAsync();
            await voorsteller.SchermafdrukAsync("beheer-04-voorstel-eigen");
        }

        await using var beoordelaar = await BrowserSessie.OpenAsync(browser, app);
        var p = beoordelaar.Pagina;
        await beoordelaar.InloggenAsync(tweede, KestrelApp.Wachtwoord);
        await p.GotoAsync("/Beheer/Gemeenteregels");
        await beoordelaar.SchermafdrukAsync("beheer-05-voorstel-beoordelen");
        await p.KnopAsync("Goedkeuren");
        await p.MeldingAsync("Het voorstel is goedgekeurd en vastgelegd als nieuwe versie.");
        var rij = p.GetByRole(AriaRole.Table, new() { Name = "Alle versies van de gemeenteregels" }).GetByRole(AriaRole.Row)
            .Filter(new() { HasText = "Eerder signaleren" });
        await Expect(rij).ToContainTextAsync("goedgekeurd door Test Beheerder");
        await Expect(p.GetByRole(AriaRole.Region, new() { Name = "Voorstel ter goedkeuring" })).ToHaveCountAsync(0);
    }
}
