using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Huishouden.Partner;
using Socrates.Application.Aanvragen.Huishouden.Inkomsten;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Aanvragen.Huishouden;

public sealed class PartnerTests(AppFixture app)
{
    private static DateOnly Vandaag => Huishoudhulp.Vandaag;

    private static CancellationToken Ct => Huishoudhulp.Ct;

    [DbFact]
    public async Task PartnerVastleggen_UnknownBsn_RegistersThePartnerAtTheAanvragersAddress()
    {
        var id = await app.AanvraagAsync();
        var bsn = TestData.NieuwBsn();

        await app.StuurAsync(Nieuw(id, bsn));

        var h = await app.HuishoudenAsync(id);
        Assert.NotNull(h.Partner);
        Assert.Equal(("Frank van Dijk", PartnerRelatie.Gehuwd, 38), (h.Partner.Naam, h.Partner.Relatie, h.Partner.Leeftijd));
        Assert.Equal("******" + bsn[6..], h.Partner.BsnGemaskeerd);
        var partner = await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().SingleAsync(p => p.Bsn == Bsn.Parse(bsn), Ct));
        Assert.Equal((Leden.Rotterdam.Code, "Coolsingel", 40, "3011 AD"), (partner.Gemeente, partner.Adres.Straat, partner.Adres.Huisnummer, partner.Adres.Postcode.Waarde));
    }

    [DbFact]
    public async Task PartnerVastleggen_UnknownBsnElsewhere_TakesTheAddressGiven()
    {
        var id = await app.AanvraagAsync();
        var bsn = TestData.NieuwBsn();

        await app.StuurAsync(Nieuw(id, bsn) with
        {
            ZelfdeAdres = false, Straat = "Witte de Withstraat", Huisnummer = 12, Toevoeging = "b", Postcode = "3012bp", Woonplaats = "Rotterdam",
        });

        var adres = await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().AsNoTracking().Where(p => p.Bsn == Bsn.Parse(bsn)).Select(p => p.Adres).SingleAsync(Ct));
        Assert.Equal("Witte de Withstraat 12-B, 3012 BP  Rotterdam", adres.ToString());
    }

    [DbFact]
    public async Task PartnerVastleggen_KnownBsn_LinksThatPerson_WithoutNameFields()
    {
        var id = await app.AanvraagAsync();
        var bsn = TestData.NieuwBsn();
        await using (var als = app.AlsGebruiker(Rol.Consulent, Leden.Rotterdam))
        {
            await als.Send(TestData.Persoon(bsn, Vandaag.AddYears(-30), "Bakker"));
        }

        await app.StuurAsync(new PartnerVastleggen { AanvraagId = id, Versie = 0, Bsn = bsn, Relatie = PartnerRelatie.Samenwonend });

        var h = await app.HuishoudenAsync(id);
        Assert.Equal(("Anna Maria Bakker", PartnerRelatie.Samenwonend), (h.Partner!.Naam, h.Partner.Relatie));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().CountAsync(p => p.Bsn == Bsn.Parse(bsn) && p.Gemeente == Leden.Rotterdam.Code, Ct)));
    }

    [DbFact]
    public async Task PartnerVastleggen_UnknownBsnWithoutNameAndBirthDate_IsRefusedPerField_AndSavesNothing()
    {
        var id = await app.AanvraagAsync();
        var bsn = TestData.NieuwBsn();

        var meldingen = await app.OngeldigAsync(new PartnerVastleggen { AanvraagId = id, Bsn = bsn, Relatie = PartnerRelatie.Gehuwd, ZelfdeAdres = false });

        Assert.Equal("Vul de voornamen in.", meldingen["Voornamen"]);
        Assert.Equal("Vul de achternaam in.", meldingen["Achternaam"]);
        Assert.Equal("Vul de geboortedatum in.", meldingen["Geboortedatum"]);
        Assert.Equal("Vul de straat in.", meldingen["Straat"]);
        Assert.Equal("Vul de postcode in.", meldingen["Postcode"]);
        Assert.False(await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().AnyAsync(p => p.Bsn == Bsn.Parse(bsn), Ct)));
        Assert.Null((await app.HuishoudenAsync(id)).Partner);
    }

    [DbFact]
    public async Task PartnerVastleggen_NoRelatieAndAnInvalidBsn_IsRefused()
    {
        var id = await app.AanvraagAsync();

        var meldingen = await app.OngeldigAsync(new PartnerVastleggen { AanvraagId = id, Bsn = "123456789" });

        Assert.Equal("Kies de relatie met de aanvrager.", meldingen["Relatie"]);
        Assert.Equal("Dit is geen geldig BSN: controleer de negen cijfers (elfproef).", meldingen["Bsn"]);
    }

    [DbFact]
    public async Task PartnerVastleggen_TheAanvragersOwnBsn_IsRefusedAtTheBsn()
    {
        var id = await app.AanvraagAsync();
        var bsn = await app.AanvragerBsnAsync(id);

        var meldingen = await app.OngeldigAsync(new PartnerVastleggen { AanvraagId = id, Bsn = bsn, Relatie = PartnerRelatie.Gehuwd });

        Assert.Equal(PartnerVastleggenValidator.BsnVanAanvrager, meldingen["Bsn"]);
        Assert.Equal(0, (await app.HuishoudenAsync(id)).Versie);
    }

    [DbFact]
    public async Task PartnerVastleggen_APersonInAnotherRunningAanvraag_IsRefused_AndSavesNothing()
    {
        var ander = await app.AanvraagAsync();
        var bsn = await app.AanvragerBsnAsync(ander);
        var id = await app.AanvraagAsync();

        var fout = await app.GeweigerdAsync<DomeinregelException>(new PartnerVastleggen { AanvraagId = id, Versie = 0, Bsn = bsn, Relatie = PartnerRelatie.Gehuwd });

        Assert.Contains("loopt al een andere aanvraag", fout.Message, StringComparison.Ordinal);
        Assert.Null((await app.HuishoudenAsync(id)).Partner);
    }

    [DbFact]
    public async Task PartnerVastleggen_TheSamePartnerAgain_ChangesOnlyTheRelatie()
    {
        var id = await app.AanvraagAsync();
        var bsn = TestData.NieuwBsn();
        await app.StuurAsync(Nieuw(id, bsn));

        await app.StuurAsync(new PartnerVastleggen { AanvraagId = id, Versie = 1, Bsn = bsn, Relatie = PartnerRelatie.Samenwonend });

        Assert.Equal(PartnerRelatie.Samenwonend, (await app.HuishoudenAsync(id)).Partner!.Relatie);
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().CountAsync(p => p.Bsn == Bsn.Parse(bsn), Ct)));
    }

    [DbFact]
    public async Task PartnerVastleggen_StaleVersion_RollsBackTheNewPerson()
    {
        var id = await app.AanvraagAsync();
        await app.StuurAsync(new PartnerVastleggen { AanvraagId = id, Versie = 0, Bsn = TestData.NieuwBsn(), Relatie = PartnerRelatie.Gehuwd }
            with { Voornamen = "Eerste", Achternaam = "Partner", Geboortedatum = Vandaag.AddYears(-40) });
        var bsn = TestData.NieuwBsn();

        await app.GeweigerdAsync<VerouderdeVersieException>(Nieuw(id, bsn));

        Assert.False(await app.InDatabaseAsync(db => db.Personen.IgnoreQueryFilters().AnyAsync(p => p.Bsn == Bsn.Parse(bsn), Ct)));
        Assert.Equal("Eerste Partner", (await app.HuishoudenAsync(id)).Partner!.Naam);
    }

    [DbFact]
    public async Task PartnerVerwijderen_RemovesThePartnerAndThePartnersIncome()
    {
        var id = await app.AanvraagAsync();
        await app.StuurAsync(Nieuw(id, TestData.NieuwBsn()));
        await app.StuurAsync(Inkomen(id, 1, Gezinslid.Partner));
        await app.StuurAsync(Inkomen(id, 2, Gezinslid.Aanvrager));

        await app.StuurAsync(new PartnerVerwijderen { AanvraagId = id, Versie = 3 });

        var h = await app.HuishoudenAsync(id);
        Assert.Null(h.Partner);
        Assert.Equal(Gezinslid.Aanvrager, Assert.Single(h.Inkomsten).Van);
    }

    [DbFact]
    public async Task PartnerVerwijderen_WithoutPartner_IsRefused()
    {
        var id = await app.AanvraagAsync();

        var fout = await app.GeweigerdAsync<DomeinregelException>(new PartnerVerwijderen { AanvraagId = id, Versie = 0 });

        Assert.Equal("Er is geen partner vastgelegd.", fout.Message);
    }

    private static PartnerVastleggen Nieuw(int id, string bsn) => new()
    {
        AanvraagId = id, Versie = 0, Bsn = bsn, Relatie = PartnerRelatie.Gehuwd, Voornamen = "Frank", Voorvoegsel = "van",
        Achternaam = "Dijk", Geboortedatum = Vandaag.AddYears(-38).AddDays(-20),
    };

    private static InkomenToevoegen Inkomen(int id, int versie, Gezinslid van) => new()
    {
        AanvraagId = id, Versie = versie, Van = van, Soort = Inkomstensoort.Arbeid, NettoPerMaand = 800m, Vanaf = Vandaag.AddMonths(-2),
    };
}
