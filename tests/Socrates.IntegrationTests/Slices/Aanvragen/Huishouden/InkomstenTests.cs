using Socrates.Application.Aanvragen.Huishouden.Inkomsten;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.IntegrationTests.Slices.Aanvragen.Huishouden;

public sealed class InkomstenTests(AppFixture app)
{
    private static DateOnly Vandaag => Huishoudhulp.Vandaag;

    [DbFact]
    public async Task InkomenToevoegen_Valid_IsListedWithItsPeriod()
    {
        var id = await app.AanvraagAsync();

        await app.StuurAsync(Inkomen(id) with { Tot = Vandaag.AddMonths(3) });

        var inkomen = Assert.Single((await app.HuishoudenAsync(id)).Inkomsten);
        Assert.Equal(
            (Gezinslid.Aanvrager, Inkomstensoort.Arbeid, new Bedrag(125_050), Vandaag.AddMonths(-1), (DateOnly?)Vandaag.AddMonths(3)),
            (inkomen.Van, inkomen.Soort, inkomen.NettoPerMaand, inkomen.Vanaf, inkomen.Tot));
    }

    [DbFact]
    public async Task InkomenToevoegen_StartingWithinAYear_IsAllowed()
    {
        var id = await app.AanvraagAsync();

        await app.StuurAsync(Inkomen(id) with { Vanaf = Vandaag.AddYears(1) });

        Assert.Single((await app.HuishoudenAsync(id)).Inkomsten);
    }

    [DbFact]
    public async Task InkomenToevoegen_OfAPartnerWithoutPartner_IsRefused_AndSavesNothing()
    {
        var id = await app.AanvraagAsync();

        var fout = await app.GeweigerdAsync<DomeinregelException>(Inkomen(id) with { Van = Gezinslid.Partner });

        Assert.Equal("Leg eerst de partner vast voordat u inkomen van de partner invoert.", fout.Message);
        var h = await app.HuishoudenAsync(id);
        Assert.Equal((0, 0), (h.Inkomsten.Count, h.Versie));
    }

    [DbFact]
    public async Task InkomenToevoegen_Empty_GetsADutchMessagePerField()
    {
        var id = await app.AanvraagAsync();

        var meldingen = await app.OngeldigAsync(new InkomenToevoegen { AanvraagId = id });

        Assert.Equal("Kies van wie het inkomen is.", meldingen["Van"]);
        Assert.Equal("Kies de soort inkomen.", meldingen["Soort"]);
        Assert.Equal("Vul het netto inkomen per maand in.", meldingen["NettoPerMaand"]);
        Assert.Equal("Vul de datum in vanaf wanneer het inkomen er is.", meldingen["Vanaf"]);
    }

    [DbFact]
    public async Task InkomenToevoegen_ImpossibleAmountsAndDates_AreRefusedAtTheirFields()
    {
        var id = await app.AanvraagAsync();

        var nul = await app.OngeldigAsync(Inkomen(id) with { NettoPerMaand = 0m });
        var omgekeerd = await app.OngeldigAsync(Inkomen(id) with { Tot = Vandaag.AddMonths(-2) });
        var verWeg = await app.OngeldigAsync(Inkomen(id) with { Vanaf = Vandaag.AddYears(1).AddDays(1) });

        Assert.Equal("Het netto inkomen per maand moet groter zijn dan € 0,00.", nul["NettoPerMaand"]);
        Assert.Equal("De einddatum van het inkomen ligt vóór de begindatum.", omgekeerd["Tot"]);
        Assert.Equal("De begindatum ligt meer dan een jaar in de toekomst: controleer de datum.", verWeg["Vanaf"]);
        Assert.Empty((await app.HuishoudenAsync(id)).Inkomsten);
    }

    [DbFact]
    public async Task InkomenVerwijderen_RemovesTheIncome()
    {
        var id = await app.AanvraagAsync();
        await app.StuurAsync(Inkomen(id));
        var inkomen = Assert.Single((await app.HuishoudenAsync(id)).Inkomsten);

        await app.StuurAsync(new InkomenVerwijderen { AanvraagId = id, Versie = 1, InkomenId = inkomen.Id });

        Assert.Empty((await app.HuishoudenAsync(id)).Inkomsten);
    }

    private static InkomenToevoegen Inkomen(int id) => new()
    {
        AanvraagId = id, Versie = 0, Van = Gezinslid.Aanvrager, Soort = Inkomstensoort.Arbeid, NettoPerMaand = 1250.50m, Vanaf = Vandaag.AddMonths(-1),
    };
}
