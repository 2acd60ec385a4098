using Socrates.Application.Gemeenteregels;
using Socrates.Application.Gemeenteregels.Vastleggen;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Gemeenteregels;

/// <summary>Every field of a new version of the rules, one bad value each: exactly one Dutch message, at that field; and the catalogue covers the record.</summary>
public sealed class GemeenteregelsValidatieTests
{
    private static readonly DateOnly Vandaag = Testtijd.Vandaag;

    public static TheoryData<string, string?, string> OngeldigeWaarden => new()
    {
        { nameof(GemeenteregelsVastleggen.GeldigVanaf), null, "Vul de datum in vanaf wanneer deze versie geldt." },
        { nameof(GemeenteregelsVastleggen.GeldigVanaf), "gisteren", "Een nieuwe versie kan niet met terugwerkende kracht gelden: kies vandaag of later." },
        { nameof(GemeenteregelsVastleggen.Toelichting), "  ", "Vul de reden van deze wijziging in." },
        { nameof(GemeenteregelsVastleggen.Toelichting), new string('x', 1001), "De reden van deze wijziging is te lang (hoogstens 1000 tekens)." },
        { nameof(GemeenteInstellingen.WoonkostenverlagingPercentage), "abc", "Het percentage woonkostenverlaging is geen getal; gebruik een komma voor decimalen." },
        { nameof(GemeenteInstellingen.VierOgenVanafBedrag), "-0,01", "Het bedrag vanaf wanneer goedkeuring nodig is kan niet negatief zijn." },
        { nameof(GemeenteInstellingen.SignaleringsdagenBeslistermijn), "0", "Het aantal signaleringsdagen ligt tussen 1 en 56 (de beslistermijn is 8 weken)." },
        { nameof(GemeenteInstellingen.SignaleringsdagenBeslistermijn), "57", "Het aantal signaleringsdagen ligt tussen 1 en 56 (de beslistermijn is 8 weken)." },
        { nameof(GemeenteInstellingen.SignaleringsdagenBeslistermijn), null, "Vul het aantal signaleringsdagen in." },
        { nameof(GemeenteInstellingen.IngangsdatumJongeren), "9", "Kies een van de mogelijke ingangsdatums." },
        { nameof(GemeenteInstellingen.IngangsdatumJongeren), null, "Kies de ingangsdatum voor jongeren onder 27." },
        { nameof(GemeenteInstellingen.MaatregelPercentageCategorie1), "-1", "Het percentage voor maatregelcategorie 1 ligt tussen 0 en 100 procent." },
        { nameof(GemeenteInstellingen.MaatregelPercentageCategorie2), "100,01", "Het percentage voor maatregelcategorie 2 ligt tussen 0 en 100 procent." },
        { nameof(GemeenteInstellingen.MaatregelPercentageCategorie3), "101", "Het percentage voor maatregelcategorie 3 ligt tussen 0 en 100 procent." },
        { nameof(GemeenteInstellingen.MaatregelGrondslag), null, "Kies waarvan het percentage van een maatregel wordt genomen." },
        { nameof(GemeenteInstellingen.MaatregelGrondslag), "Onbekend", "Kies de bijstandsnorm of de bijstand." },
        { nameof(GemeenteInstellingen.WoonkostenverlagingPercentage), "12,345", "Het percentage woonkostenverlaging heeft hoogstens twee cijfers achter de komma." },
        { nameof(GemeenteInstellingen.WoonkostenverlagingDakloosPercentage), null, "Vul het percentage woonkostenverlaging bij dakloosheid in." },
        { nameof(GemeenteInstellingen.WoonkostenverlagingDakloosPercentage), "40,01", "Een woonkostenverlaging is hoogstens 40 procent van de gehuwdennorm: meer woonkosten zitten er niet in de norm (art. 27 en art. 22a lid 1)." },
        { nameof(GemeenteInstellingen.WoonkostenverlagingPercentage), "50", "Een woonkostenverlaging is hoogstens 40 procent van de gehuwdennorm: meer woonkosten zitten er niet in de norm (art. 27 en art. 22a lid 1)." },
        { nameof(GemeenteInstellingen.TerugvorderingMinimum), "-1", "Het minimumbedrag voor terugvordering kan niet negatief zijn." },
        { nameof(GemeenteInstellingen.TerugvorderingMinimum), "1000000", "Het minimumbedrag voor terugvordering is onwaarschijnlijk hoog; controleer het bedrag." },
        { nameof(GemeenteInstellingen.BrutoTerugvorderingVanaf), "0,001", "Het bedrag vanaf wanneer bruto wordt teruggevorderd heeft hoogstens twee cijfers achter de komma (centen)." },
        { nameof(GemeenteInstellingen.BeslagvrijeVoetPercentage), "150", "Het percentage van de beslagvrije voet ligt tussen 0 en 100 procent." },
        { nameof(GemeenteInstellingen.BeslagvrijeVoetGrondslag), null, "Kies de grondslag van de beslagvrije voet." },
        { nameof(GemeenteInstellingen.AflossingPercentageNorm), "-5", "Het aflossingspercentage van de norm ligt tussen 0 en 100 procent." },
        { nameof(GemeenteInstellingen.AflossingPercentageInkomenBovenNorm), "100,5", "Het aflossingspercentage van het inkomen boven de norm ligt tussen 0 en 100 procent." },
        { nameof(GemeenteInstellingen.VakantietoeslagUitbetaalmaand), "0", "De uitbetaalmaand is een maand van 1 tot en met 12." },
        { nameof(GemeenteInstellingen.VakantietoeslagUitbetaalmaand), "13", "De uitbetaalmaand is een maand van 1 tot en met 12." },
        { nameof(GemeenteInstellingen.VakantietoeslagUitbetaalmaand), null, "Kies de maand waarin de vakantietoeslag wordt uitbetaald." },
        { nameof(GemeenteInstellingen.BriefNaam), "", "Vul de naam op het briefhoofd in." },
        { nameof(GemeenteInstellingen.BriefBezoekadres), null, "Vul het bezoekadres in." },
        { nameof(GemeenteInstellingen.BriefPostadres), " ", "Vul het postadres in." },
        { nameof(GemeenteInstellingen.BriefTelefoon), new string('1', 31), "Het telefoonnummer is te lang (hoogstens 30 tekens)." },
        { nameof(GemeenteInstellingen.BriefWebsite), "", "Vul de website in." },
        { nameof(GemeenteInstellingen.OndertekenaarNaam), "", "Vul de naam van de ondertekenaar in." },
        { nameof(GemeenteInstellingen.OndertekenaarFunctie), "", "Vul de functie van de ondertekenaar in." },
    };

    [Theory]
    [MemberData(nameof(OngeldigeWaarden))]
    public void OneBadValue_GivesOneDutchMessageAtThatField(string veld, string? waarde, string melding)
    {
        var command = veld switch
        {
            nameof(GemeenteregelsVastleggen.GeldigVanaf) => Geldig() with { GeldigVanaf = waarde is null ? null : Vandaag.AddDays(-1) },
            nameof(GemeenteregelsVastleggen.Toelichting) => Geldig() with { Toelichting = waarde },
            _ => Geldig().Met(veld, waarde),
        };

        var uitkomst = new GemeenteregelsVastleggenValidator(new Testklok(Testtijd.Begin)).Validate(command);

        var fout = Assert.Single(uitkomst.Errors);
        var verwacht = Regelcatalogus.Zoek(veld) is null ? veld : GemeenteregelsVastleggen.Veld(veld);
        Assert.Equal((verwacht, melding), (fout.PropertyName, fout.ErrorMessage));
    }

    [Theory]
    [InlineData("0", "1", "0")]
    [InlineData("100", "56", "12")]
    public void Boundaries_AreValid(string procent, string dagen, string bedrag)
    {
        var command = (Geldig() with { GeldigVanaf = Vandaag })
            .Met(nameof(GemeenteInstellingen.WoonkostenverlagingPercentage), procent == "100" ? "40" : procent)
            .Met(nameof(GemeenteInstellingen.MaatregelPercentageCategorie3), procent)
            .Met(nameof(GemeenteInstellingen.SignaleringsdagenBeslistermijn), dagen)
            .Met(nameof(GemeenteInstellingen.TerugvorderingMinimum), bedrag)
            .Met(nameof(GemeenteInstellingen.VakantietoeslagUitbetaalmaand), bedrag == "0" ? "1" : bedrag);

        Assert.True(new GemeenteregelsVastleggenValidator(new Testklok(Testtijd.Begin)).Validate(command).IsValid);
    }

    [Fact]
    public void EveryRuleOfTheRecord_IsDescribedOnce_AndSurvivesTheFormBothWays()
    {
        var kop = new[] { "Id", "GeldigVanaf", "VastgesteldDoor", "VastgesteldOp", "Toelichting", "IngetrokkenOp", "IngetrokkenDoor", "IntrekkingsReden" };
        var eigenschappen = typeof(GemeenteInstellingen).GetProperties().Where(p => p.CanWrite).Select(p => p.Name).Except(kop).Order();
        Assert.Equal(eigenschappen, Regelcatalogus.Alle.Select(r => r.Naam).Order());

        var anders = GemeenteInstellingen.Standaard(Leden.Utrecht, Vandaag) with
        {
            VierOgenToekenning = false, VierOgenVanafBedrag = Domain.Geld.Bedrag.Euro(1234.56m), SignaleringsdagenBeslistermijn = 3,
            IngangsdatumJongeren = IngangsdatumJongeren.Meldingsdatum, WoonkostenverlagingPercentage = Domain.Geld.Percentage.Van(12.5m),
            MaatregelGrondslag = MaatregelGrondslag.Bijstand, VakantietoeslagUitbetaalmaand = 12, BriefWebsite = "www.example.nl",
            Toelichting = "Heen en terug",
        };
        var terug = GemeenteregelsVastleggen.Van(anders, 0) with { GeldigVanaf = Vandaag, Toelichting = anders.Toelichting };

        Assert.Equal(anders with { VastgesteldDoor = "x", VastgesteldOp = default }, terug.NaarVersie("x", default));
        Assert.True(new GemeenteregelsVastleggenValidator(new Testklok(Testtijd.Begin)).Validate(terug).IsValid);
    }

    private static GemeenteregelsVastleggen Geldig() =>
        GemeenteregelsVastleggen.Van(GemeenteInstellingen.Standaard(Leden.Utrecht, new DateOnly(2025, 1, 1)), 0) with
        {
            GeldigVanaf = Vandaag.AddDays(1), Toelichting = "Geldig",
        };
}
