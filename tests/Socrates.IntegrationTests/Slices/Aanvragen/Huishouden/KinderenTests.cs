using Socrates.Application.Aanvragen.Huishouden.Kinderen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.IntegrationTests.Slices.Aanvragen.Huishouden;

public sealed class KinderenTests(AppFixture app)
{
    private static DateOnly Vandaag => Huishoudhulp.Vandaag;

    [DbFact]
    public async Task KindToevoegen_Valid_AddsTheChildWithItsAge()
    {
        var id = await app.AanvraagAsync();

        await app.StuurAsync(new KindToevoegen { AanvraagId = id, Versie = 0, Voornaam = " Bas ", Geboortedatum = Vandaag.AddYears(-7).AddDays(-3) });

        var h = await app.HuishoudenAsync(id);
        var kind = Assert.Single(h.Kinderen);
        Assert.Equal(("Bas", 7), (kind.Voornaam, kind.Leeftijd));
        Assert.Equal(1, h.Versie);
    }

    [DbFact]
    public async Task KindToevoegen_Empty_GetsADutchMessagePerField_AndSavesNothing()
    {
        var id = await app.AanvraagAsync();

        var meldingen = await app.OngeldigAsync(new KindToevoegen { AanvraagId = id, Voornaam = " " });

        Assert.Equal("Vul de voornaam in.", meldingen["Voornaam"]);
        Assert.Equal("Vul de geboortedatum in.", meldingen["Geboortedatum"]);
        Assert.Empty((await app.HuishoudenAsync(id)).Kinderen);
    }

    [DbTheory]
    [InlineData(1, "De geboortedatum kan niet in de toekomst liggen.")]
    [InlineData(-18 * 366, KindToevoegenValidator.TeOud)]                  // 18 or older: a medebewoner (art. 4 Pw)
    public async Task KindToevoegen_ImpossibleBirthDate_IsRefusedAtTheField(int dagen, string melding)
    {
        var id = await app.AanvraagAsync();

        var meldingen = await app.OngeldigAsync(new KindToevoegen { AanvraagId = id, Voornaam = "Cato", Geboortedatum = Vandaag.AddDays(dagen) });

        Assert.Equal(melding, meldingen["Geboortedatum"]);
        Assert.Equal(0, (await app.HuishoudenAsync(id)).Versie);
    }

    [DbFact]
    public async Task KindToevoegen_TheSameChildTwice_IsRefused()
    {
        var id = await app.AanvraagAsync();
        var kind = new KindToevoegen { AanvraagId = id, Versie = 0, Voornaam = "Bas", Geboortedatum = Vandaag.AddYears(-4) };
        await app.StuurAsync(kind);

        var fout = await app.GeweigerdAsync<DomeinregelException>(kind with { Versie = 1, Voornaam = "bas" });

        Assert.Equal("Dit kind staat al in het huishouden.", fout.Message);
        Assert.Single((await app.HuishoudenAsync(id)).Kinderen);
    }

    [DbFact]
    public async Task KindVerwijderen_RemovesOnlyThatChild()
    {
        var id = await app.AanvraagAsync();
        await app.StuurAsync(new KindToevoegen { AanvraagId = id, Versie = 0, Voornaam = "Bas", Geboortedatum = Vandaag.AddYears(-4) });
        await app.StuurAsync(new KindToevoegen { AanvraagId = id, Versie = 1, Voornaam = "Cato", Geboortedatum = Vandaag.AddYears(-2) });
        var bas = (await app.HuishoudenAsync(id)).Kinderen.Single(k => k.Voornaam == "Bas");

        await app.StuurAsync(new KindVerwijderen { AanvraagId = id, Versie = 2, KindId = bas.Id });

        Assert.Equal("Cato", Assert.Single((await app.HuishoudenAsync(id)).Kinderen).Voornaam);
    }

    [DbFact]
    public async Task KindVerwijderen_AChildOfAnotherAanvraag_IsRefused()
    {
        var ander = await app.AanvraagAsync();
        await app.StuurAsync(new KindToevoegen { AanvraagId = ander, Versie = 0, Voornaam = "Bas", Geboortedatum = Vandaag.AddYears(-4) });
        var kindId = Assert.Single((await app.HuishoudenAsync(ander)).Kinderen).Id;
        var id = await app.AanvraagAsync();

        var fout = await app.GeweigerdAsync<DomeinregelException>(new KindVerwijderen { AanvraagId = id, Versie = 0, KindId = kindId });

        Assert.Equal("Dit kind hoort niet (meer) bij deze aanvraag.", fout.Message);
        Assert.Single((await app.HuishoudenAsync(ander)).Kinderen);
    }
}
