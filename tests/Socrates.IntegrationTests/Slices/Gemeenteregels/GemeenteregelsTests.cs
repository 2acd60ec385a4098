using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Gemeenteregels.Lijst;
using Socrates.Domain.Geld;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;

namespace Socrates.IntegrationTests.Slices.Gemeenteregels;

/// <summary>Every member starts with the defaults of the "Socrates decisions" table and its own letterhead.</summary>
public sealed class GemeenteregelsTests(AppFixture app)
{
    public static TheoryData<string> Leden => new(Domain.Gemeenten.Leden.Alle.Select(l => l.Code.Waarde));

    [DbTheory]
    [MemberData(nameof(Leden))]
    public async Task OpAsync_EveryMember_HasTheDefaultsAndItsOwnLetterhead(string code)
    {
        var lid = Domain.Gemeenten.Leden.Van(GemeenteCode.Parse(code));
        await using var als = app.AlsGebruiker(Rol.Consulent, lid);

        var regels = await als.Get<IGemeenteregels>().OpAsync(lid.Code, new DateOnly(2026, 3, 1), TestContext.Current.CancellationToken);

        Assert.Equal(new DateOnly(2025, 1, 1), regels.GeldigVanaf);
        Assert.True(regels.VierOgenToekenning && regels.VierOgenAfwijzing && regels.VierOgenTerugvordering);
        Assert.Equal(Bedrag.Nul, regels.VierOgenVanafBedrag);
        Assert.Equal(14, regels.SignaleringsdagenBeslistermijn);
        Assert.Equal(IngangsdatumJongeren.EindeZoektermijn, regels.IngangsdatumJongeren);
        Assert.Equal(
            (Percentage.Van(5), Percentage.Van(30), Percentage.Van(100)),
            (regels.MaatregelPercentageCategorie1, regels.MaatregelPercentageCategorie2, regels.MaatregelPercentageCategorie3));
        Assert.Equal(MaatregelGrondslag.Bijstandsnorm, regels.MaatregelGrondslag);
        Assert.Equal((Percentage.Van(10), Percentage.Van(20)), (regels.WoonkostenverlagingPercentage, regels.WoonkostenverlagingDakloosPercentage));
        Assert.Equal((Bedrag.Euro(200), Bedrag.Euro(750)), (regels.TerugvorderingMinimum, regels.BrutoTerugvorderingVanaf));
        Assert.Equal(Percentage.Van(90), regels.BeslagvrijeVoetPercentage);
        Assert.Equal(BeslagvrijeVoetGrondslag.NormInclusiefVakantietoeslag, regels.BeslagvrijeVoetGrondslag);
        Assert.Equal((Percentage.Van(5), Percentage.Van(35)), (regels.AflossingPercentageNorm, regels.AflossingPercentageInkomenBovenNorm));
        Assert.Equal(6, regels.VakantietoeslagUitbetaalmaand);
        Assert.Equal(lid.Briefhoofd.Naam, regels.BriefNaam);
        Assert.Equal(lid.Briefhoofd.Postadres, regels.BriefPostadres);
        Assert.Equal(lid.Briefhoofd.OndertekenaarNaam, regels.OndertekenaarNaam);
    }

    [DbFact]
    public async Task OpAsync_BeforeTheFirstVersion_IsRefusedInDutch()
    {
        await using var als = app.AlsGebruiker(Rol.Consulent, Domain.Gemeenten.Leden.Amsterdam);

        var fout = await Assert.ThrowsAsync<Domain.Gemeenschappelijk.DomeinregelException>(() =>
            als.Get<IGemeenteregels>().OpAsync(Domain.Gemeenten.Leden.Amsterdam.Code, new DateOnly(2024, 12, 31), TestContext.Current.CancellationToken));

        Assert.Equal("Voor Amsterdam zijn er geen gemeenteregels die gelden op 31-12-2024.", fout.Message);
    }

    [DbFact]
    public async Task GeldendeGemeenteregels_ShowsTheSignedInUsersMunicipality()
    {
        await using var als = app.AlsGebruiker(Rol.Beheerder, Domain.Gemeenten.Leden.Utrecht);

        var overzicht = await als.Send(new GeldendeGemeenteregels());

        Assert.Equal(("Utrecht", Domain.Gemeenten.Leden.Utrecht.Code), (overzicht.GemeenteNaam, overzicht.Gemeente));
        Assert.Equal(Domain.Gemeenten.Leden.Utrecht.Briefhoofd.Bezoekadres, overzicht.Geldend.BriefBezoekadres);
        Assert.NotEmpty(overzicht.Versies);
    }
}
