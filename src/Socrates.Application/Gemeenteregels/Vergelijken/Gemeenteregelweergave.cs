using System.Globalization;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenteregels.Vergelijken;

/// <summary>Every setting of a version as a line of text, in a fixed order, so two versions can be laid side by side.</summary>
public static class Gemeenteregelweergave
{
    private static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");

    public static IReadOnlyList<Weergaveregel> Regels(GemeenteInstellingen v)
    {
        ArgumentNullException.ThrowIfNull(v);
        const string besluiten = "Besluiten en termijnen", normen = "Maatregelen en woonkosten",
            terug = "Terugvordering en invordering", brief = "Briefhoofd van beschikkingen";
        return
        [
            new(besluiten, "Teamleider keurt toekenningen goed", JaNee(v.VierOgenToekenning)),
            new(besluiten, "Teamleider keurt afwijzingen goed", JaNee(v.VierOgenAfwijzing)),
            new(besluiten, "Teamleider keurt buiten behandeling stellen goed", JaNee(v.VierOgenBuitenBehandeling)),
            new(besluiten, "Teamleider keurt terugvorderingen goed", JaNee(v.VierOgenTerugvordering)),
            new(besluiten, "Goedkeuring nodig vanaf", v.VierOgenVanafBedrag.ToString()),
            new(besluiten, "Tweede beheerder keurt nieuwe gemeenteregels goed", JaNee(v.VierOgenInstellingen)),
            new(besluiten, "Signalering beslistermijn (Awb 4:13)", $"{v.SignaleringsdagenBeslistermijn} dagen vooraf"),
            new(besluiten, "Ingangsdatum jongeren onder 27 (art. 41 lid 4)",
                v.IngangsdatumJongeren == IngangsdatumJongeren.Meldingsdatum ? "de meldingsdatum" : "einde van de zoektermijn"),
            new(normen, "Maatregel categorie 1 (art. 18 lid 2)", v.MaatregelPercentageCategorie1.ToString()),
            new(normen, "Maatregel categorie 2 (art. 18 lid 2)", v.MaatregelPercentageCategorie2.ToString()),
            new(normen, "Maatregel categorie 3 (art. 18 lid 2)", v.MaatregelPercentageCategorie3.ToString()),
            new(normen, "Maatregel: percentage van", v.MaatregelGrondslag == MaatregelGrondslag.Bijstandsnorm ? "de bijstandsnorm" : "de bijstand"),
            new(normen, "Woonkostenverlaging, inwonend (art. 27)", v.WoonkostenverlagingPercentage + " van de gehuwdennorm"),
            new(normen, "Woonkostenverlaging, dakloos (art. 27)", v.WoonkostenverlagingDakloosPercentage + " van de gehuwdennorm"),
            new(normen, "Uitbetaling vakantietoeslag (art. 45)", Nederlands.DateTimeFormat.GetMonthName(v.VakantietoeslagUitbetaalmaand)),
            new(terug, "Niet terugvorderen onder (art. 58, geen fraude)", v.TerugvorderingMinimum.ToString()),
            new(terug, "Bruto terugvorderen bij fraude vanaf (art. 58 lid 5)", v.BrutoTerugvorderingVanaf.ToString()),
            new(terug, "Beslagvrije voet (Awb 4:93)", v.BeslagvrijeVoetPercentage.ToString()),
            new(terug, "Grondslag beslagvrije voet",
                v.BeslagvrijeVoetGrondslag == BeslagvrijeVoetGrondslag.NormInclusiefVakantietoeslag ? "norm inclusief vakantietoeslag" : "norm exclusief vakantietoeslag"),
            new(terug, "Aflossing: deel van de norm", v.AflossingPercentageNorm.ToString()),
            new(terug, "Aflossing: deel van het inkomen boven de norm", v.AflossingPercentageInkomenBovenNorm.ToString()),
            new(brief, "Naam", v.BriefNaam),
            new(brief, "Bezoekadres", v.BriefBezoekadres),
            new(brief, "Postadres", v.BriefPostadres),
            new(brief, "Telefoon", v.BriefTelefoon),
            new(brief, "Website", v.BriefWebsite),
            new(brief, "Ondertekenaar", v.OndertekenaarNaam),
            new(brief, "Functie ondertekenaar", v.OndertekenaarFunctie),
        ];
    }

    private static string JaNee(bool waarde) => waarde ? "ja" : "nee";
}
