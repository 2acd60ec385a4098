using Socrates.Application.Gemeenteregels;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;

namespace Socrates.IntegrationTests.Slices.Gemeenteregels;

/// <summary>A four-eyes proposal stores the proposed rules; proposals stored as the form command (format 1) still load.</summary>
public sealed class RegelsnapshotTests
{
    /// <summary>What <c>JsonSerializer.Serialize(InstellingenVastleggen)</c> stored until December 2026: values as typed, enums as numbers.</summary>
    internal const string Formaat1 = """
        {"Formuliersleutel":"0b6f0a3e-7c1d-4a52-9a8e-2f1b5c0d9e11","Versie":4,"GeldigVanaf":"2027-01-01","Toelichting":"Oud voorstel",
         "VierOgenToekenning":true,"VierOgenAfwijzing":false,"VierOgenBuitenBehandeling":true,"VierOgenTerugvordering":true,
         "VierOgenInstellingen":true,"VierOgenVanafBedrag":250.5,"SignaleringsdagenBeslistermijn":21,"IngangsdatumJongeren":0,
         "MaatregelPercentageCategorie1":5,"MaatregelPercentageCategorie2":30.0,"MaatregelPercentageCategorie3":100,"MaatregelGrondslag":1,
         "WoonkostenverlagingPercentage":12.5,"WoonkostenverlagingDakloosPercentage":20,"TerugvorderingMinimum":200,
         "BrutoTerugvorderingVanaf":750.00,"BeslagvrijeVoetPercentage":90,"BeslagvrijeVoetGrondslag":1,"AflossingPercentageNorm":5,
         "AflossingPercentageInkomenBovenNorm":35,"VakantietoeslagUitbetaalmaand":5,"BriefNaam":"Gemeente Rotterdam, Werk en Inkomen",
         "BriefBezoekadres":"Coolsingel 40","BriefPostadres":"Postbus 70012","BriefTelefoon":"14 010","BriefWebsite":"www.rotterdam.nl",
         "OndertekenaarNaam":"R. Bakker","OndertekenaarFunctie":"Directeur"}
        """;

    [Fact]
    public void Lees_AProposalOfFormat1_GivesTheRulesItProposed()
    {
        var regels = Regelsnapshot.Lees(Formaat1);

        Assert.Equal((false, Bedrag.Euro(250.50m), 21, IngangsdatumJongeren.Meldingsdatum),
            (regels.VierOgenAfwijzing, regels.VierOgenVanafBedrag, regels.SignaleringsdagenBeslistermijn, regels.IngangsdatumJongeren));
        Assert.Equal((Percentage.Van(12.5m), MaatregelGrondslag.Bijstand, BeslagvrijeVoetGrondslag.NormExclusiefVakantietoeslag, 5),
            (regels.WoonkostenverlagingPercentage, regels.MaatregelGrondslag, regels.BeslagvrijeVoetGrondslag, regels.VakantietoeslagUitbetaalmaand));
        Assert.Equal(("Coolsingel 40", "Directeur"), (regels.BriefBezoekadres, regels.OndertekenaarFunctie));
    }

    [Fact]
    public void SchrijfEnLees_KeepEveryRule_AndStoreRuleValuesNotTheForm()
    {
        var regels = GemeenteInstellingen.Standaard(Leden.Rotterdam, new DateOnly(2027, 1, 1)) with
        {
            WoonkostenverlagingPercentage = Percentage.Van(12.5m), TerugvorderingMinimum = Bedrag.Euro(150), MaatregelGrondslag = MaatregelGrondslag.Bijstand,
        };

        var opgeslagen = Regelsnapshot.Schrijf(regels);

        Assert.Equal(regels, Regelsnapshot.Lees(opgeslagen));
        Assert.Contains("\"Formaat\":2", opgeslagen, StringComparison.Ordinal);
        Assert.Contains("\"TerugvorderingMinimum\":15000,", opgeslagen, StringComparison.Ordinal);
        Assert.Contains("\"WoonkostenverlagingPercentage\":1250,", opgeslagen, StringComparison.Ordinal);
        Assert.Contains("\"MaatregelGrondslag\":\"Bijstand\"", opgeslagen, StringComparison.Ordinal);
        Assert.DoesNotContain("Formuliersleutel", opgeslagen, StringComparison.Ordinal);
    }
}
