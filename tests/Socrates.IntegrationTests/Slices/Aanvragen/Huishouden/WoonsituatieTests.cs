using Socrates.Application.Aanvragen.Huishouden.Woonsituatie;
using Socrates.Application.Aanvragen.Huishouden.Vermogen;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;

namespace Socrates.IntegrationTests.Slices.Aanvragen.Huishouden;

public sealed class WoonsituatieTests(AppFixture app)
{
    [DbFact]
    public async Task WoonsituatieVastleggen_Valid_StoresTheCostsInCents()
    {
        var id = await app.AanvraagAsync();

        await app.StuurAsync(new WoonsituatieVastleggen { AanvraagId = id, Versie = 0, Woonsituatie = Woonsituatie.Huur, Woonkosten = 712.50m });

        var h = await app.HuishoudenAsync(id);
        Assert.Equal((Woonsituatie.Huur, new Bedrag(71_250)), (h.Woonsituatie, h.Woonkosten));
        Assert.Equal("€\u00A0712,50", h.Woonkosten.ToString());
    }

    [DbTheory]
    [InlineData(null, "Vul de woonkosten in.")]
    [InlineData("-0.01", "De woonkosten kan niet negatief zijn.")]
    [InlineData("712.505", "De woonkosten heeft hoogstens twee cijfers achter de komma (centen).")]
    [InlineData("1000000", "De woonkosten is onwaarschijnlijk hoog; controleer het bedrag.")]
    public async Task WoonsituatieVastleggen_ImpossibleCosts_AreRefusedAtTheField_AndSaveNothing(string? bedrag, string melding)
    {
        var id = await app.AanvraagAsync();

        var meldingen = await app.OngeldigAsync(new WoonsituatieVastleggen
        {
            AanvraagId = id, Woonsituatie = Woonsituatie.Huur,
            Woonkosten = bedrag is null ? null : decimal.Parse(bedrag, System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Equal(melding, meldingen["Woonkosten"]);
        Assert.Null((await app.HuishoudenAsync(id)).Woonsituatie);
    }

    [DbFact]
    public async Task WoonsituatieVastleggen_NoChoiceOrAnUnknownOne_IsRefused()
    {
        var id = await app.AanvraagAsync();

        var geen = await app.OngeldigAsync(new WoonsituatieVastleggen { AanvraagId = id, Woonkosten = 0m });
        var onbekend = await app.OngeldigAsync(new WoonsituatieVastleggen { AanvraagId = id, Woonsituatie = (Woonsituatie)99, Woonkosten = 0m });

        Assert.Equal("Kies de woonsituatie.", geen["Woonsituatie"]);
        Assert.Equal("Kies een van de woonsituaties.", onbekend["Woonsituatie"]);
    }

    [DbFact]
    public async Task WoonsituatieVastleggen_HomelessWithHousingCosts_IsRefused()
    {
        var id = await app.AanvraagAsync();

        var meldingen = await app.OngeldigAsync(new WoonsituatieVastleggen { AanvraagId = id, Woonsituatie = Woonsituatie.Dakloos, Woonkosten = 50m });

        Assert.Equal(WoonsituatieVastleggenValidator.DakloosZonderWoonkosten, meldingen["Woonkosten"]);
    }

    [DbFact]
    public async Task WoonsituatieVastleggen_LeavingTheOwnHome_ClearsWozAndMortgage()
    {
        var id = await app.AanvraagAsync();
        await app.StuurAsync(new WoonsituatieVastleggen { AanvraagId = id, Versie = 0, Woonsituatie = Woonsituatie.EigenWoning, Woonkosten = 950m });
        await app.StuurAsync(new VermogenVastleggen { AanvraagId = id, Versie = 1, Schulden = 0m, WozWaarde = 250_000m, Hypotheek = 180_000m });

        await app.StuurAsync(new WoonsituatieVastleggen { AanvraagId = id, Versie = 2, Woonsituatie = Woonsituatie.Huur, Woonkosten = 700m });

        var h = await app.HuishoudenAsync(id);
        Assert.Equal((null, null), (h.WozWaarde, h.Hypotheek));
    }
}
