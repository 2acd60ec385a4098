using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Identity;
using Socrates.Testing;
using static Microsoft.Playwright.Assertions;

namespace Socrates.BrowserTests;

/// <summary>
/// A consulent's whole intake in the browser: a new person, the melding, the aanvraag received, the household
/// (partner, child, a son who is a kostendeler, income, savings), in behandeling, a bewijsstuk, and the case in
/// the werkvoorraad. A full-page screenshot after every step goes to <see cref="BrowserSessie.Schermafdrukken"/>.
/// </summary>
public sealed partial class AanvraagIntakeTests(KestrelApp app, BrowserFixture browser)
{
    private const string Achternaam = "El Amrani";
    private const string Aanvrager = "Samira " + Achternaam;
    private const string Partner = "Youssef " + Achternaam;
    private const string Zoon = "Karim " + Achternaam;
    private const string Kind = "Noor";

    [Fact]
    public async Task Intake_NewPersonToWerkvoorraad_DossierShowsHouseholdWithThreeKostendelers()
    {
        await using var sessie = await BrowserSessie.OpenAsync(browser, app);
        var pagina = sessie.Pagina;
        var vandaag = Testtijd.Vandaag;
        var ontvangen = vandaag.AddDays(-10);
        var uiterste = ontvangen.AddDays(56);                  // eight weeks, Awb 4:13

        // 1. Sign in.
        await sessie.InloggenAsync(DemoGebruikers.Email(Leden.Rotterdam, Rol.Consulent), KestrelApp.Wachtwoord);
        await Expect(pagina).ToHaveURLAsync(app.BasisUrl.ToString());

        // 2. Personen → Nieuwe persoon registreren.
        await Hoofdmenu(pagina, "Personen").ClickAsync();
        await pagina.LinkAsync("Nieuwe persoon registreren");
        await Expect(pagina.Veld("BSN")).ToBeFocusedAsync();
        await pagina.VulAsync("BSN", TestData.NieuwBsn());
        await pagina.VulAsync("Voornamen", "Samira");
        await pagina.VulAsync("Achternaam", Achternaam);
        await pagina.VulAsync("Geboortedatum", vandaag.AddYears(-40).AddMonths(-5));
        await pagina.VulAsync("Straat", "Zwart Janstraat");
        await pagina.VulAsync("Huisnummer", "112");
        await pagina.VulAsync("Toevoeging", "B");
        await pagina.VulAsync("Postcode", "3035 AV");
        await pagina.VulAsync("Woonplaats", "Rotterdam");
        await pagina.VulAsync("IBAN (optioneel)", "NL91 ABNA 0417 1643 00");
        await pagina.KnopAsync("Registreren");
        await pagina.MeldingAsync("De persoon is geregistreerd.");
        await Expect(Kop(pagina)).ToHaveTextAsync(Aanvrager);
        await Expect(pagina.Locator("dl").Regel("Geboortedatum")).ToContainTextAsync("(40 jaar)");
        await sessie.SchermafdrukAsync("intake-01-persoon");

        // 3. The melding, on the person's page; it opens the dossier.
        await pagina.VulAsync("Meldingsdatum", ontvangen);
        await pagina.KnopAsync("Melding registreren");
        await pagina.MeldingAsync("De melding is geregistreerd. Leg de aanvraag vast zodra die binnen is.");
        await Expect(Kop(pagina)).ToHaveTextAsync("Dossier van " + Aanvrager);
        var dossier = new Uri(pagina.Url).AbsolutePath;
        Assert.Matches(DossierPad(), dossier);
        await sessie.SchermafdrukAsync("intake-02-gemeld");

        // 4. The written aanvraag received ten days ago: the beslistermijn runs.
        await pagina.LinkAsync("Aanvraag registreren als ontvangen");
        await Expect(pagina.Veld("Datum van ontvangst")).ToBeFocusedAsync();
        await pagina.VulAsync("Datum van ontvangst", ontvangen);
        await pagina.KnopAsync("Registreren");
        await pagina.MeldingAsync("De aanvraag is geregistreerd als ontvangen. De beslistermijn loopt.");
        await Expect(pagina.Locator(".termijn")).ToHaveTextAsync($"beslissen uiterlijk {Formulier.Datum(uiterste)}, nog 46 dagen");
        await sessie.SchermafdrukAsync("intake-03-ontvangen");

        // 5. The household, page by page.
        await pagina.LinkAsync("Partner vastleggen of wijzigen");
        await pagina.KiesAsync("Relatie met de aanvrager", "Gehuwd of geregistreerd partner");
        await pagina.VulAsync("BSN van de partner", TestData.NieuwBsn());
        await pagina.VulAsync("Voornamen", "Youssef");
        await pagina.VulAsync("Achternaam", Achternaam);
        await pagina.VulAsync("Geboortedatum", vandaag.AddYears(-38).AddMonths(-2));
        await Expect(pagina.Veld("Woont op hetzelfde adres als de aanvrager")).ToBeCheckedAsync();
        await pagina.KnopAsync("Partner vastleggen");
        await pagina.MeldingAsync("De partner is vastgelegd.");
        await Expect(Tabel(pagina, "Vastgelegde partner")).ToContainTextAsync(Partner);
        await sessie.SchermafdrukAsync("intake-04-partner");

        await Onderdeel(pagina, "Kinderen").ClickAsync();
        await pagina.VulAsync("Voornaam", Kind);
        await pagina.VulAsync("Geboortedatum", vandaag.AddYears(-6).AddMonths(-4));
        await pagina.KnopAsync("Kind toevoegen");
        await pagina.MeldingAsync("Het kind is toegevoegd.");
        await Expect(Tabel(pagina, "Kinderen in het gezin").GetByRole(AriaRole.Row, new() { Name = Kind })).ToContainTextAsync("6 jaar");
        await sessie.SchermafdrukAsync("intake-05-kinderen");

        await Onderdeel(pagina, "Medebewoners").ClickAsync();
        await pagina.VulAsync("Naam", Zoon);
        await pagina.VulAsync("Geboortedatum", vandaag.AddYears(-30).AddMonths(-3));
        await pagina.VinkAanAsync("Bloed- of aanverwant van de aanvrager");
        await pagina.KnopAsync("Medebewoner toevoegen");
        await pagina.MeldingAsync("De medebewoner is toegevoegd.");
        var zoon = Tabel(pagina, "Medebewoners").GetByRole(AriaRole.Row, new() { Name = Zoon });
        await Expect(zoon).ToContainTextAsync("30 jaar");
        await Expect(zoon).ToContainTextAsync("Telt mee");
        await Expect(pagina.GetByRole(AriaRole.Region, new() { Name = "Kostendelers op" }))
            .ToContainTextAsync("Aantal kostendelers (A): 3 · de kostendelersnorm is van toepassing");
        await sessie.SchermafdrukAsync("intake-06-medebewoners");

        await Onderdeel(pagina, "Inkomsten").ClickAsync();
        await pagina.KiesAsync("Van wie", "Aanvrager");
        await pagina.KiesAsync("Soort inkomen", "Inkomen uit arbeid");
        await pagina.VulAsync("Netto per maand (euro)", "450,00");
        await pagina.VulAsync("Vanaf", new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(-3));
        await pagina.KnopAsync("Inkomen toevoegen");
        await pagina.MeldingAsync("Het inkomen is toegevoegd.");
        await Expect(Tabel(pagina, "Netto inkomsten per maand")).ToContainTextAsync("€ 450,00");
        await sessie.SchermafdrukAsync("intake-07-inkomsten");

        await Onderdeel(pagina, "Vermogen").ClickAsync();
        await pagina.KiesAsync("Soort", "Spaarrekening");
        await pagina.VulAsync("Omschrijving", "Spaarrekening ING");
        await pagina.VulAsync("Waarde (euro)", "1.250,00");
        await pagina.KnopAsync("Bezitting toevoegen");
        await pagina.MeldingAsync("De bezitting is toegevoegd.");
        await Expect(Tabel(pagina, "Bezittingen")).ToContainTextAsync("€ 1.250,00");
        await sessie.SchermafdrukAsync("intake-08-vermogen");

        // 6. In behandeling, and a bewijsstuk asked for and received.
        await pagina.LinkAsync("Terug naar het dossier");
        await pagina.KnopAsync("In behandeling nemen");
        await pagina.MeldingAsync("U heeft de aanvraag in behandeling genomen.");
        await Expect(pagina.GetByRole(AriaRole.Region, new() { Name = "Aanvraag en termijnen" }).Regel("Behandelaar"))
            .ToHaveTextAsync("Fatima Yilmaz");

        await pagina.LinkAsync("Bewijsstukken");
        await pagina.VulAsync("Welk bewijsstuk", "Bankafschriften");
        await pagina.VulAsync("Gevraagd op", vandaag);
        await pagina.KnopAsync("Toevoegen aan de lijst");
        await pagina.MeldingAsync("Het bewijsstuk staat op de lijst.");
        await pagina.VulAsync("Ontvangen op (Bankafschriften)", vandaag);
        await pagina.KnopAsync("Ontvangen");
        await pagina.MeldingAsync("Het bewijsstuk is als ontvangen gemarkeerd.");
        await Expect(Tabel(pagina, "Gevraagd").GetByRole(AriaRole.Row, new() { Name = "Bankafschriften" }))
            .ToContainTextAsync("ontvangen " + Formulier.Datum(vandaag));
        await sessie.SchermafdrukAsync("intake-09-bewijsstukken");

        // 7. The case in "Mijn werkvoorraad", with its due date.
        await Hoofdmenu(pagina, "Werkvoorraad").ClickAsync();
        await Expect(pagina.GetByRole(AriaRole.Link, new() { Name = "Mijn werkvoorraad" })).ToHaveAttributeAsync("aria-current", "page");
        var regel = pagina.GetByRole(AriaRole.Row).Filter(new() { Has = pagina.Locator($"a[href='{dossier}']") });
        await Expect(regel.GetByRole(AriaRole.Link)).ToHaveTextAsync(Aanvrager);
        await Expect(regel).ToContainTextAsync("In behandeling");
        await Expect(regel).ToContainTextAsync(Formulier.Datum(ontvangen));
        await Expect(regel).ToContainTextAsync(Formulier.Datum(uiterste));
        await Expect(regel.Locator(".badge")).ToHaveTextAsync("nog 46 dagen");
        await sessie.SchermafdrukAsync("intake-10-werkvoorraad");

        // 8. Back on the dossier: the whole household, A = 3, and the timeline.
        await regel.GetByRole(AriaRole.Link, new() { Name = Aanvrager }).ClickAsync();
        await Expect(pagina).ToHaveURLAsync(new Uri(app.BasisUrl, dossier).ToString());
        var personen = pagina.GetByRole(AriaRole.Region, new() { Name = "Aanvrager en partner" });
        await Expect(personen.Regel("Partner")).ToContainTextAsync($"{Partner}, 38 jaar (gehuwd of geregistreerd partner)");
        var huishouden = pagina.GetByRole(AriaRole.Region, new() { Name = "Huishouden" });
        await Expect(huishouden.Regel("Kinderen")).ToContainTextAsync($"{Kind}, 6 jaar (geboren");
        await Expect(huishouden.Regel("Medebewoners")).ToContainTextAsync($"{Zoon}: telt mee: 30 jaar");
        await Expect(huishouden.Regel("Kostendelers")).ToContainTextAsync(
            "A = 3: de aanvrager, de partner (21 of ouder) en 1 kostendelende medebewoner (art. 22a lid 1 Participatiewet).");
        var middelen = pagina.GetByRole(AriaRole.Region, new() { Name = "Inkomsten en vermogen" });
        await Expect(middelen.Regel("Inkomsten")).ToContainTextAsync("Aanvrager: Inkomen uit arbeid, € 450,00 netto per maand");
        await Expect(middelen.Regel("Bezittingen")).ToContainTextAsync("Spaarrekening ING: € 1.250,00");
        await Expect(pagina.GetByRole(AriaRole.Region, new() { Name = "Bewijsstukken" }))
            .ToContainTextAsync($"ontvangen Bankafschriften (gevraagd {Formulier.Datum(vandaag)}, ontvangen {Formulier.Datum(vandaag)})");
        var tijdlijn = pagina.GetByRole(AriaRole.Region, new() { Name = "Tijdlijn" }).GetByRole(AriaRole.Listitem);
        string[] gebeurtenissen =
        [
            "Melding geregistreerd", "Aanvraag ingediend (ontvangen)", "Partner vastgelegd", "Kind toegevoegd",
            "Medebewoner toegevoegd", "Inkomen toegevoegd", "Bezitting toegevoegd", "In behandeling genomen",
            "Bewijsstuk gevraagd", "Bewijsstuk ontvangen",
        ];
        foreach (var gebeurtenis in gebeurtenissen)
        {
            await Expect(tijdlijn.Filter(new() { HasText = "— " + gebeurtenis + " door Fatima Yilmaz" })).ToHaveCountAsync(1);
        }

        await sessie.SchermafdrukAsync("intake-11-dossier");
    }

    private static ILocator Kop(IPage pagina) => pagina.GetByRole(AriaRole.Heading, new() { Level = 1 });

    private static ILocator Hoofdmenu(IPage pagina, string item) =>
        pagina.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = item, Exact = true });

    /// <summary>A tab of the household pages.</summary>
    private static ILocator Onderdeel(IPage pagina, string titel) =>
        pagina.GetByRole(AriaRole.Navigation, new() { Name = "Onderdelen van het huishouden" })
            .GetByRole(AriaRole.Link, new() { Name = titel, Exact = true });

    /// <summary>The table a section heading names (the tables are labelled by their heading).</summary>
    private static ILocator Tabel(IPage pagina, string kop) =>
        pagina.GetByRole(AriaRole.Table, new() { Name = kop, Exact = true }).Or(
            pagina.GetByRole(AriaRole.Region, new() { Name = kop, Exact = true }).GetByRole(AriaRole.Table)).First;

    [GeneratedRegex(@"^/Aanvragen/Dossier/\d+$")]
    private static partial Regex DossierPad();
}
