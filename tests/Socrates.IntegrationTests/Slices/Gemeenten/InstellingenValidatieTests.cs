using Socrates.Application.Gemeenten.InstellingenVastleggen;
using Socrates.Domain.Gemeenten;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Gemeenten;

/// <summary>Every field of a new version of the rules, one bad value each: exactly one Dutch message, at that field.</summary>
public sealed class InstellingenValidatieTests
{
    private static readonly DateOnly Vandaag = Testtijd.Vandaag;

    public static TheoryData<string, object?, string> OngeldigeWaarden => new()
    {
        { nameof(InstellingenVastleggen.GeldigVanaf), null, "Vul de datum in vanaf wanneer deze versie geldt." },
        { nameof(InstellingenVastleggen.GeldigVanaf), Vandaag.AddDays(-1), "Een nieuwe versie kan niet met terugwerkende kracht gelden: kies vandaag of later." },
        { nameof(InstellingenVastleggen.Toelichting), "  ", "Vul de reden van deze wijziging in." },
        { nameof(InstellingenVastleggen.Toelichting), new string('x', 1001), "De reden van deze wijziging is te lang (hoogstens 1000 tekens)." },
        { nameof(InstellingenVastleggen.VierOgenVanafBedrag), -0.01m, "Het bedrag vanaf wanneer goedkeuring nodig is kan niet negatief zijn." },
        { nameof(InstellingenVastleggen.SignaleringsdagenBeslistermijn), 0, "Het aantal signaleringsdagen ligt tussen 1 en 56 (de beslistermijn is 8 weken)." },
        { nameof(InstellingenVastleggen.SignaleringsdagenBeslistermijn), 57, "Het aantal signaleringsdagen ligt tussen 1 en 56 (de beslistermijn is 8 weken)." },
        { nameof(InstellingenVastleggen.IngangsdatumJongeren), (IngangsdatumJongeren)9, "Kies een van de mogelijke ingangsdatums." },
        { nameof(InstellingenVastleggen.MaatregelPercentageCategorie1), -1m, "Het percentage voor maatregelcategorie 1 ligt tussen 0 en 100 procent." },
        { nameof(InstellingenVastleggen.MaatregelPercentageCategorie2), 100.01m, "Het percentage voor maatregelcategorie 2 ligt tussen 0 en 100 procent." },
        { nameof(InstellingenVastleggen.MaatregelPercentageCategorie3), 101m, "Het percentage voor maatregelcategorie 3 ligt tussen 0 en 100 procent." },
        { nameof(InstellingenVastleggen.MaatregelGrondslag), null, "Kies waarvan het percentage van een maatregel wordt genomen." },
        { nameof(InstellingenVastleggen.MaatregelGrondslag), (MaatregelGrondslag)7, "Kies de bijstandsnorm of de bijstand." },
        { nameof(InstellingenVastleggen.WoonkostenverlagingPercentage), 12.345m, "Het percentage woonkostenverlaging heeft hoogstens twee cijfers achter de komma." },
        { nameof(InstellingenVastleggen.WoonkostenverlagingDakloosPercentage), null, "Vul het percentage woonkostenverlaging bij dakloosheid in." },
        { nameof(InstellingenVastleggen.WoonkostenverlagingDakloosPercentage), 40.01m, "Een woonkostenverlaging is hoogstens 40 procent van de gehuwdennorm: meer woonkosten zitten er niet in de norm (art. 27 en art. 22a lid 1)." },
        { nameof(InstellingenVastleggen.WoonkostenverlagingPercentage), 50m, "Een woonkostenverlaging is hoogstens 40 procent van de gehuwdennorm: meer woonkosten zitten er niet in de norm (art. 27 en art. 22a lid 1)." },
        { nameof(InstellingenVastleggen.TerugvorderingMinimum), -1m, "Het minimumbedrag voor terugvordering kan niet negatief zijn." },
        { nameof(InstellingenVastleggen.BrutoTerugvorderingVanaf), 0.001m, "Het bedrag vanaf wanneer bruto wordt teruggevorderd heeft hoogstens twee cijfers achter de komma (centen)." },
        { nameof(InstellingenVastleggen.BeslagvrijeVoetPercentage), 150m, "Het percentage van de beslagvrije voet ligt tussen 0 en 100 procent." },
        { nameof(InstellingenVastleggen.BeslagvrijeVoetGrondslag), null, "Kies de grondslag van de beslagvrije voet." },
        { nameof(InstellingenVastleggen.AflossingPercentageNorm), -5m, "Het aflossingspercentage van de norm ligt tussen 0 en 100 procent." },
        { nameof(InstellingenVastleggen.AflossingPercentageInkomenBovenNorm), 100.5m, "Het aflossingspercentage van het inkomen boven de norm ligt tussen 0 en 100 procent." },
        { nameof(InstellingenVastleggen.VakantietoeslagUitbetaalmaand), 0, "De uitbetaalmaand is een maand van 1 tot en met 12." },
        { nameof(InstellingenVastleggen.VakantietoeslagUitbetaalmaand), 13, "De uitbetaalmaand is een maand van 1 tot en met 12." },
        { nameof(InstellingenVastleggen.BriefNaam), "", "Vul de naam op het briefhoofd in." },
        { nameof(InstellingenVastleggen.BriefBezoekadres), null, "Vul het bezoekadres in." },
        { nameof(InstellingenVastleggen.BriefPostadres), " ", "Vul het postadres in." },
        { nameof(InstellingenVastleggen.BriefTelefoon), new string('1', 31), "Het telefoonnummer is te lang (hoogstens 30 tekens)." },
        { nameof(InstellingenVastleggen.BriefWebsite), "", "Vul de website in." },
        { nameof(InstellingenVastleggen.OndertekenaarNaam), "", "Vul de naam van de ondertekenaar in." },
        { nameof(InstellingenVastleggen.OndertekenaarFunctie), "", "Vul de functie van de ondertekenaar in." },
    };

    [Theory]
    [MemberData(nameof(OngeldigeWaarden))]
    public void OneBadValue_GivesOneDutchMessageAtThatField(string veld, object? waarde, string melding)
    {
        var command = Geldig() with { };
        typeof(InstellingenVastleggen).GetProperty(veld)!.SetValue(command, waarde);

        var uitkomst = new InstellingenVastleggenValidator(new Testklok(Testtijd.Begin)).Validate(command);

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

        Assert.True(new InstellingenVastleggenValidator(new Testklok(Testtijd.Begin)).Validate(command).IsValid);
    }

    private static InstellingenVastleggen Geldig() =>
        InstellingenVastleggen.Van(GemeenteInstellingen.Standaard(Leden.Utrecht, new DateOnly(2025, 1, 1)), 0) with
        {
            GeldigVanaf = Vandaag.AddDays(1), Toelichting = "Geldig",
        };
}
