using Socrates.Application.Gemeenteregels.Vastleggen;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Gemeenteregels;

/// <summary>Every field of a new version of the rules, one bad value each: exactly one Dutch message, at that field.</summary>
public sealed class InstellingenValidatieTests
{
    private static readonly DateOnly Vandaag = Testtijd.Vandaag;

    public static TheoryData<string, object?, string> OngeldigeWaarden => new()
    {
        { nameof(GemeenteregelsVastleggen.GeldigVanaf), null, "Vul de datum in vanaf wanneer deze versie geldt." },
        { nameof(GemeenteregelsVastleggen.GeldigVanaf), Vandaag.AddDays(-1), "Een nieuwe versie kan niet met terugwerkende kracht gelden: kies vandaag of later." },
        { nameof(GemeenteregelsVastleggen.Toelichting), "  ", "Vul de reden van deze wijziging in." },
        { nameof(GemeenteregelsVastleggen.Toelichting), new string('x', 1001), "De reden van deze wijziging is te lang (hoogstens 1000 tekens)." },
        { nameof(GemeenteregelsVastleggen.VierOgenVanafBedrag), -0.01m, "Het bedrag vanaf wanneer goedkeuring nodig is kan niet negatief zijn." },
        { nameof(GemeenteregelsVastleggen.SignaleringsdagenBeslistermijn), 0, "Het aantal signaleringsdagen ligt tussen 1 en 56 (de beslistermijn is 8 weken)." },
        { nameof(GemeenteregelsVastleggen.SignaleringsdagenBeslistermijn), 57, "Het aantal signaleringsdagen ligt tussen 1 en 56 (de beslistermijn is 8 weken)." },
        { nameof(GemeenteregelsVastleggen.IngangsdatumJongeren), (IngangsdatumJongeren)9, "Kies een van de mogelijke ingangsdatums." },
        { nameof(GemeenteregelsVastleggen.MaatregelPercentageCategorie1), -1m, "Het percentage voor maatregelcategorie 1 ligt tussen 0 en 100 procent." },
        { nameof(GemeenteregelsVastleggen.MaatregelPercentageCategorie2), 100.01m, "Het percentage voor maatregelcategorie 2 ligt tussen 0 en 100 procent." },
        { nameof(GemeenteregelsVastleggen.MaatregelPercentageCategorie3), 101m, "Het percentage voor maatregelcategorie 3 ligt tussen 0 en 100 procent." },
        { nameof(GemeenteregelsVastleggen.MaatregelGrondslag), null, "Kies waarvan het percentage van een maatregel wordt genomen." },
        { nameof(GemeenteregelsVastleggen.MaatregelGrondslag), (MaatregelGrondslag)7, "Kies de bijstandsnorm of de bijstand." },
        { nameof(GemeenteregelsVastleggen.WoonkostenverlagingPercentage), 12.345m, "Het percentage woonkostenverlaging heeft hoogstens twee cijfers achter de komma." },
        { nameof(GemeenteregelsVastleggen.WoonkostenverlagingDakloosPercentage), null, "Vul het percentage woonkostenverlaging bij dakloosheid in." },
        { nameof(GemeenteregelsVastleggen.WoonkostenverlagingDakloosPercentage), 40.01m, "Een woonkostenverlaging is hoogstens 40 procent van de gehuwdennorm: meer woonkosten zitten er niet in de norm (art. 27 en art. 22a lid 1)." },
        { nameof(GemeenteregelsVastleggen.WoonkostenverlagingPercentage), 50m, "Een woonkostenverlaging is hoogstens 40 procent van de gehuwdennorm: meer woonkosten zitten er niet in de norm (art. 27 en art. 22a lid 1)." },
        { nameof(GemeenteregelsVastleggen.TerugvorderingMinimum), -1m, "Het minimumbedrag voor terugvordering kan niet negatief zijn." },
        { nameof(GemeenteregelsVastleggen.BrutoTerugvorderingVanaf), 0.001m, "Het bedrag vanaf wanneer bruto wordt teruggevorderd heeft hoogstens twee cijfers achter de komma (centen)." },
        { nameof(GemeenteregelsVastleggen.BeslagvrijeVoetPercentage), 150m, "Het percentage van de beslagvrije voet ligt tussen 0 en 100 procent." },
        { nameof(GemeenteregelsVastleggen.BeslagvrijeVoetGrondslag), null, "Kies de grondslag van de beslagvrije voet." },
        { nameof(GemeenteregelsVastleggen.AflossingPercentageNorm), -5m, "Het aflossingspercentage van de norm ligt tussen 0 en 100 procent." },
        { nameof(GemeenteregelsVastleggen.AflossingPercentageInkomenBovenNorm), 100.5m, "Het aflossingspercentage van het inkomen boven de norm ligt tussen 0 en 100 procent." },
        { nameof(GemeenteregelsVastleggen.VakantietoeslagUitbetaalmaand), 0, "De uitbetaalmaand is een maand van 1 tot en met 12." },
        { nameof(GemeenteregelsVastleggen.VakantietoeslagUitbetaalmaand), 13, "De uitbetaalmaand is een maand van 1 tot en met 12." },
        { nameof(GemeenteregelsVastleggen.BriefNaam), "", "Vul de naam op het briefhoofd in." },
        { nameof(GemeenteregelsVastleggen.BriefBezoekadres), null, "Vul het bezoekadres in." },
        { nameof(GemeenteregelsVastleggen.BriefPostadres), " ", "Vul het postadres in." },
        { nameof(GemeenteregelsVastleggen.BriefTelefoon), new string('1', 31), "Het telefoonnummer is te lang (hoogstens 30 tekens)." },
        { nameof(GemeenteregelsVastleggen.BriefWebsite), "", "Vul de website in." },
        { nameof(GemeenteregelsVastleggen.OndertekenaarNaam), "", "Vul de naam van de ondertekenaar in." },
        { nameof(GemeenteregelsVastleggen.OndertekenaarFunctie), "", "Vul de functie van de ondertekenaar in." },
    };

    [Theory]
    [MemberData(nameof(OngeldigeWaarden))]
    public void OneBadValue_GivesOneDutchMessageAtThatField(string veld, object? waarde, string melding)
    {
        var command = Geldig() with { };
        typeof(GemeenteregelsVastleggen).GetProperty(veld)!.SetValue(command, waarde);

        var uitkomst = new GemeenteregelsVastleggenValidator(new Testklok(Testtijd.Begin)).Validate(command);

        var fout = Assert.Single(uitkomst.Errors);
        Assert.Equal((veld, melding), (fout.PropertyName, fout.ErrorMessage));
    }

    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(100, 56, 12)]
    public void Boundaries_AreValid(decimal procent, int dagen, int bedrag)
    {
        var command = Geldig() with
        {
            GeldigVanaf = Vandaag, WoonkostenverlagingPercentage = Math.Min(procent, 40m), MaatregelPercentageCategorie3 = procent,
            SignaleringsdagenBeslistermijn = dagen, TerugvorderingMinimum = bedrag, VakantietoeslagUitbetaalmaand = Math.Max(1, bedrag),
        };

        Assert.True(new GemeenteregelsVastleggenValidator(new Testklok(Testtijd.Begin)).Validate(command).IsValid);
    }

    private static GemeenteregelsVastleggen Geldig() =>
        GemeenteregelsVastleggen.Van(GemeenteInstellingen.Standaard(Leden.Utrecht, new DateOnly(2025, 1, 1)), 0) with
        {
            GeldigVanaf = Vandaag.AddDays(1), Toelichting = "Geldig",
        };
}
