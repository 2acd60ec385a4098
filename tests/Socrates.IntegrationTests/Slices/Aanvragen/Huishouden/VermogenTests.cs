using Socrates.Application.Aanvragen.Huishouden.Woonsituatie;
using Socrates.Application.Aanvragen.Huishouden.Vermogen;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.IntegrationTests.Slices.Aanvragen.Huishouden;

public sealed class VermogenTests(AppFixture app)
{
    /// <summary>Art. 34 lid 1 onder a: possessions minus debts. 2.500,00 + 1.500,00 − 1.000,00 = 3.000,00.</summary>
    [DbFact]
    public async Task Vermogen_PossessionsMinusDebts_IsTheSaldo()
    {
        var id = await app.AanvraagAsync();

        await app.StuurAsync(new BezittingToevoegen { AanvraagId = id, Versie = 0, Soort = Bezittingsoort.Spaarrekening, Omschrijving = "ING spaarrekening", Waarde = 2500m });
        await app.StuurAsync(new BezittingToevoegen { AanvraagId = id, Versie = 1, Soort = Bezittingsoort.Voertuig, Omschrijving = "Toyota Yaris 2015", Waarde = 1500m });
        await app.StuurAsync(new VermogenVastleggen { AanvraagId = id, Versie = 2, Schulden = 1000m });

        var h = await app.HuishoudenAsync(id);
        Assert.Equal(2, h.Bezittingen.Count);
        Assert.Equal((new Bedrag(100_000), new Bedrag(300_000)), (h.Schulden, h.VermogenSaldo));
    }

    [DbFact]
    public async Task BezittingToevoegen_BadInput_GetsADutchMessagePerField_AndSavesNothing()
    {
        var id = await app.AanvraagAsync();

        var meldingen = await app.OngeldigAsync(new BezittingToevoegen { AanvraagId = id, Omschrijving = new string('x', 201), Waarde = -1m });

        Assert.Equal("Kies de soort bezitting.", meldingen["Soort"]);
        Assert.Equal("De omschrijving is te lang (hoogstens 200 tekens).", meldingen["Omschrijving"]);
        Assert.Equal("De waarde kan niet negatief zijn.", meldingen["Waarde"]);
        Assert.Empty((await app.HuishoudenAsync(id)).Bezittingen);
    }

    [DbFact]
    public async Task BezittingVerwijderen_RemovesThePossession()
    {
        var id = await app.AanvraagAsync();
        await app.StuurAsync(new BezittingToevoegen { AanvraagId = id, Versie = 0, Soort = Bezittingsoort.Contant, Omschrijving = "Contant", Waarde = 80m });
        var bezitting = Assert.Single((await app.HuishoudenAsync(id)).Bezittingen);

        await app.StuurAsync(new BezittingVerwijderen { AanvraagId = id, Versie = 1, BezittingId = bezitting.Id });

        Assert.Empty((await app.HuishoudenAsync(id)).Bezittingen);
    }

    [DbFact]
    public async Task VermogenVastleggen_WozWithoutOwnHome_IsRefused()
    {
        var id = await app.AanvraagAsync();
        await app.StuurAsync(new WoonsituatieVastleggen { AanvraagId = id, Versie = 0, Woonsituatie = Woonsituatie.Huur, Woonkosten = 650m });

        var fout = await app.GeweigerdAsync<DomeinregelException>(new VermogenVastleggen { AanvraagId = id, Versie = 1, Schulden = 0m, WozWaarde = 200_000m });

        Assert.Contains("leg eerst de woonsituatie 'eigen woning' vast", fout.Message, StringComparison.Ordinal);
        Assert.Null((await app.HuishoudenAsync(id)).WozWaarde);
    }

    [DbFact]
    public async Task VermogenVastleggen_OwnHome_StoresWozAndMortgage()
    {
        var id = await app.AanvraagAsync();
        await app.StuurAsync(new WoonsituatieVastleggen { AanvraagId = id, Versie = 0, Woonsituatie = Woonsituatie.EigenWoning, Woonkosten = 900m });

        await app.StuurAsync(new VermogenVastleggen { AanvraagId = id, Versie = 1, Schulden = 250.25m, WozWaarde = 275_000m, Hypotheek = 190_000m });

        var h = await app.HuishoudenAsync(id);
        Assert.Equal((new Bedrag(25_025), (Bedrag?)new Bedrag(27_500_000), (Bedrag?)new Bedrag(19_000_000)), (h.Schulden, h.WozWaarde, h.Hypotheek));
    }

    [DbFact]
    public async Task VermogenVastleggen_NoDebtsFilledIn_IsRefused()
    {
        var id = await app.AanvraagAsync();

        var meldingen = await app.OngeldigAsync(new VermogenVastleggen { AanvraagId = id, WozWaarde = -5m });

        Assert.Equal("Vul de schulden in.", meldingen["Schulden"]);
        Assert.Equal("De WOZ-waarde kan niet negatief zijn.", meldingen["WozWaarde"]);
    }
}
