using System.Globalization;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenteregels;

/// <summary>
/// Every gemeenteregel, each described once, in the order the form, the overview and the comparison show them.
/// A new rule is one entry here, its property (with its default) on <see cref="GemeenteInstellingen"/> and a
/// migration column with that default (docs/gemeenten.md).
/// </summary>
public static class Regelcatalogus
{
    public const string Besluiten = "Besluiten en termijnen";
    public const string Maatregelen = "Maatregelen en woonkosten";
    public const string Terugvordering = "Terugvordering en invordering";
    public const string Inkomsten = "Inkomstenopgaven";
    public const string Briefhoofd = "Briefhoofd van beschikkingen";
    public const string Heronderzoek = "Heronderzoek";

    /// <summary>Art. 27 lowers only "voorzover" housing costs are lower; art. 22a lid 1 puts those at most at 40 % of the gehuwdennorm.</summary>
    private const string HoogstensVeertig =
        "Een woonkostenverlaging is hoogstens 40 procent van de gehuwdennorm: meer woonkosten zitten er niet in de norm (art. 27 en art. 22a lid 1).";

    private const string WoonkostenHulp = "Van de gehuwdennorm, 0 tot 40; een jongerennorm naar verhouding.";

    private static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");

    public static IReadOnlyList<Regelbeschrijving> Alle { get; } =
    [
        new Regelbeschrijving<bool>(nameof(GemeenteInstellingen.VierOgenToekenning), Besluiten,
            "Een teamleider keurt toekenningen goed", "Interne controle: vier ogen op een toekenning.", null,
            Regeltypen.JaNee(), r => r.VierOgenToekenning, (r, w) => r with { VierOgenToekenning = w }),
        new Regelbeschrijving<bool>(nameof(GemeenteInstellingen.VierOgenAfwijzing), Besluiten,
            "Een teamleider keurt afwijzingen goed", "Interne controle: vier ogen op een afwijzing.", null,
            Regeltypen.JaNee(), r => r.VierOgenAfwijzing, (r, w) => r with { VierOgenAfwijzing = w }),
        new Regelbeschrijving<bool>(nameof(GemeenteInstellingen.VierOgenBuitenBehandeling), Besluiten,
            "Een teamleider keurt buiten behandeling stellen goed", "Interne controle op buiten behandeling stellen (Awb 4:5).", null,
            Regeltypen.JaNee(), r => r.VierOgenBuitenBehandeling, (r, w) => r with { VierOgenBuitenBehandeling = w }),
        new Regelbeschrijving<bool>(nameof(GemeenteInstellingen.VierOgenTerugvordering), Besluiten,
            "Een teamleider keurt terugvorderingen goed", "Interne controle op een terugvordering (art. 58 Pw); kwijtschelding vraagt altijd goedkeuring.", null,
            Regeltypen.JaNee(), r => r.VierOgenTerugvordering, (r, w) => r with { VierOgenTerugvordering = w }),
        new Regelbeschrijving<bool>(nameof(GemeenteInstellingen.VierOgenInstellingen), Besluiten,
            "Een tweede beheerder keurt nieuwe gemeenteregels goed", "Interne controle op deze regels zelf.", null,
            Regeltypen.JaNee(), r => r.VierOgenInstellingen, (r, w) => r with { VierOgenInstellingen = w }),
        new Regelbeschrijving<Domain.Geld.Bedrag>(nameof(GemeenteInstellingen.VierOgenVanafBedrag), Besluiten,
            "Goedkeuring nodig vanaf (per maand)", "Besluiten onder dit bedrag vragen geen goedkeuring.", "€ 0: elk besluit.",
            Regeltypen.Bedrag("het bedrag vanaf wanneer goedkeuring nodig is"), r => r.VierOgenVanafBedrag, (r, w) => r with { VierOgenVanafBedrag = w }),
        new Regelbeschrijving<int>(nameof(GemeenteInstellingen.SignaleringsdagenBeslistermijn), Besluiten,
            "Signaleringsdagen beslistermijn (Awb 4:13)", "Awb 4:13: de beslistermijn is 8 weken; zoveel dagen voor het einde kleurt een zaak oranje.",
            "1 tot en met 56 dagen voor het einde.",
            Regeltypen.Aantal(1, 56, "Vul het aantal signaleringsdagen in.", "Het aantal signaleringsdagen ligt tussen 1 en 56 (de beslistermijn is 8 weken).",
                d => $"{d} dagen vooraf"),
            r => r.SignaleringsdagenBeslistermijn, (r, w) => r with { SignaleringsdagenBeslistermijn = w }),
        new Regelbeschrijving<IngangsdatumJongeren>(nameof(GemeenteInstellingen.IngangsdatumJongeren), Besluiten,
            "Ingangsdatum jongeren onder 27 (art. 41 lid 4)", "Art. 41 lid 4 en art. 44 lid 1 Pw: bijstand na de zoektermijn van vier weken.", null,
            Regeltypen.Keuze("Kies de ingangsdatum voor jongeren onder 27.", "Kies een van de mogelijke ingangsdatums.",
                (IngangsdatumJongeren.EindeZoektermijn, "einde van de zoektermijn (vier weken na de melding)"),
                (IngangsdatumJongeren.Meldingsdatum, "de meldingsdatum")),
            r => r.IngangsdatumJongeren, (r, w) => r with { IngangsdatumJongeren = w }),

        Maatregel(1, r => r.MaatregelPercentageCategorie1, (r, w) => r with { MaatregelPercentageCategorie1 = w }),
        Maatregel(2, r => r.MaatregelPercentageCategorie2, (r, w) => r with { MaatregelPercentageCategorie2 = w }),
        Maatregel(3, r => r.MaatregelPercentageCategorie3, (r, w) => r with { MaatregelPercentageCategorie3 = w }),
        new Regelbeschrijving<MaatregelGrondslag>(nameof(GemeenteInstellingen.MaatregelGrondslag), Maatregelen,
            "Maatregel: percentage van", "Art. 18 lid 2 Pw verlaagt de bijstand volgens de afstemmingsverordening (art. 8 lid 1 onder a); gebruikelijk is de bijstandsnorm.", null,
            Regeltypen.Keuze("Kies waarvan het percentage van een maatregel wordt genomen.", "Kies de bijstandsnorm of de bijstand.",
                (MaatregelGrondslag.Bijstandsnorm, "de bijstandsnorm"),
                (MaatregelGrondslag.Bijstand, "de bijstand na aftrek van het inkomen")),
            r => r.MaatregelGrondslag, (r, w) => r with { MaatregelGrondslag = w }),
        new Regelbeschrijving<Domain.Geld.Percentage>(nameof(GemeenteInstellingen.WoonkostenverlagingPercentage), Maatregelen,
            "Woonkostenverlaging inwonend (art. 27)", "Art. 27 Pw, met art. 22a lid 1: hoogstens 40 % van de gehuwdennorm.", WoonkostenHulp,
            Regeltypen.Percentage("het percentage woonkostenverlaging", " van de gehuwdennorm", 40m, HoogstensVeertig),
            r => r.WoonkostenverlagingPercentage, (r, w) => r with { WoonkostenverlagingPercentage = w }),
        new Regelbeschrijving<Domain.Geld.Percentage>(nameof(GemeenteInstellingen.WoonkostenverlagingDakloosPercentage), Maatregelen,
            "Woonkostenverlaging dakloos (art. 27)", "Art. 27 Pw, voor wie geen woning heeft; dezelfde grenzen.", WoonkostenHulp,
            Regeltypen.Percentage("het percentage woonkostenverlaging bij dakloosheid", " van de gehuwdennorm", 40m, HoogstensVeertig),
            r => r.WoonkostenverlagingDakloosPercentage, (r, w) => r with { WoonkostenverlagingDakloosPercentage = w }),
        new Regelbeschrijving<int>(nameof(GemeenteInstellingen.VakantietoeslagUitbetaalmaand), Maatregelen,
            "Uitbetaalmaand vakantietoeslag (art. 45)", "Art. 45 Pw: de gereserveerde vakantietoeslag wordt eens per jaar uitbetaald.", null,
            Regeltypen.Keuze("Kies de maand waarin de vakantietoeslag wordt uitbetaald.", "De uitbetaalmaand is een maand van 1 tot en met 12.",
                [.. Enumerable.Range(1, 12).Select(m => (m, Nederlands.DateTimeFormat.GetMonthName(m)))]),
            r => r.VakantietoeslagUitbetaalmaand, (r, w) => r with { VakantietoeslagUitbetaalmaand = w }),

        new Regelbeschrijving<Inkomstenverrekening>(nameof(GemeenteInstellingen.Inkomstenverrekening), Inkomsten,
            "Wanneer wisselend inkomen wordt verrekend",
            "Voor wie maandelijks een inkomstenopgave moet inleveren: de bijstand over een maand betalen nadat de opgave binnen is, of volledig als voorschot (art. 52 Pw) en het verschil verrekenen zodra de opgave er is (art. 52 lid 4).",
            "Standaard na de opgave: dan ontstaat uit het inkomen geen schuld.",
            Regeltypen.Keuze("Kies wanneer het inkomen wordt verrekend.", "Kies een van de twee manieren.",
                (Inkomstenverrekening.NaOpgave, "betalen na de inkomstenopgave"),
                (Inkomstenverrekening.Voorschot, "volledig als voorschot betalen, verrekenen na de opgave")),
            r => r.Inkomstenverrekening, (r, w) => r with { Inkomstenverrekening = w }),
        new Regelbeschrijving<int>(nameof(GemeenteInstellingen.OpgavetermijnDagen), Inkomsten,
            "Inleveren inkomstenopgave (dagen na de maand)",
            "Art. 17 lid 1 Pw: de inkomsten van een maand onverwijld melden; zoveel dagen na het einde van de maand ontbreekt een opgave.",
            "1 tot en met 60 dagen.",
            Regeltypen.Aantal(1, 60, "Vul het aantal dagen in.", "Het aantal dagen ligt tussen 1 en 60.", d => $"{d} dagen na de maand"),
            r => r.OpgavetermijnDagen, (r, w) => r with { OpgavetermijnDagen = w }),
        new Regelbeschrijving<int>(nameof(GemeenteInstellingen.HersteltermijnOpgaveDagen), Inkomsten,
            "Hersteltermijn ontbrekende opgave (art. 54 lid 2)",
            "Art. 54 lid 1 en 2 Pw: bij opschorting krijgt de klant een termijn om de opgave alsnog in te leveren; daarna kan het recht worden ingetrokken (lid 4).",
            "1 tot en met 56 dagen; de opschorting duurt hoogstens acht weken.",
            Regeltypen.Aantal(1, 56, "Vul de hersteltermijn in dagen in.", "De hersteltermijn ligt tussen 1 en 56 dagen (hoogstens acht weken opschorting).", d => $"{d} dagen"),
            r => r.HersteltermijnOpgaveDagen, (r, w) => r with { HersteltermijnOpgaveDagen = w }),

        new Regelbeschrijving<Domain.Geld.Bedrag>(nameof(GemeenteInstellingen.TerugvorderingMinimum), Terugvordering,
            "Niet terugvorderen onder (art. 58, geen fraude)", "Art. 58 Pw, gemeentelijk beleid: een vordering zonder fraude onder dit bedrag wordt niet teruggevorderd.", null,
            Regeltypen.Bedrag("het minimumbedrag voor terugvordering"), r => r.TerugvorderingMinimum, (r, w) => r with { TerugvorderingMinimum = w }),
        new Regelbeschrijving<Domain.Geld.Bedrag>(nameof(GemeenteInstellingen.BrutoTerugvorderingVanaf), Terugvordering,
            "Bruto terugvorderen bij fraude vanaf (art. 58 lid 5)", "Art. 58 lid 5 Pw: bruto terugvorderen alleen bij fraude vanaf dit bedrag.", null,
            Regeltypen.Bedrag("het bedrag vanaf wanneer bruto wordt teruggevorderd"), r => r.BrutoTerugvorderingVanaf, (r, w) => r with { BrutoTerugvorderingVanaf = w }),
        new Regelbeschrijving<bool>(nameof(GemeenteInstellingen.IndexeringTeveelTerugvorderen), Terugvordering,
            "Teveel betaald door lagere landelijke normen terugvorderen (art. 58 lid 2 a)",
            "Art. 58 lid 2 onder a Pw is een bevoegdheid: wordt een landelijke norm met terugwerkende kracht lager, dan wordt het verschil alleen teruggevorderd als hier ja staat; anders wordt ervan afgezien.",
            "Standaard nee: een lagere norm is zeldzaam en terugvorderen onevenredig. Bij ja stelt de indexering per toekenning een terugvordering voor.",
            Regeltypen.JaNee(), r => r.IndexeringTeveelTerugvorderen, (r, w) => r with { IndexeringTeveelTerugvorderen = w }),
        new Regelbeschrijving<Domain.Geld.Percentage>(nameof(GemeenteInstellingen.BeslagvrijeVoetPercentage), Terugvordering,
            "Beslagvrije voet (Awb 4:93)", "Awb 4:93 lid 4 met art. 60 Pw: verrekening laat de beslagvrije voet over.", null,
            Regeltypen.Percentage("het percentage van de beslagvrije voet"), r => r.BeslagvrijeVoetPercentage, (r, w) => r with { BeslagvrijeVoetPercentage = w }),
        new Regelbeschrijving<BeslagvrijeVoetGrondslag>(nameof(GemeenteInstellingen.BeslagvrijeVoetGrondslag), Terugvordering,
            "Grondslag beslagvrije voet", "Waarvan het percentage van de beslagvrije voet wordt genomen.", null,
            Regeltypen.Keuze("Kies de grondslag van de beslagvrije voet.", "Kies een van de mogelijke grondslagen.",
                (BeslagvrijeVoetGrondslag.NormInclusiefVakantietoeslag, "norm inclusief vakantietoeslag"),
                (BeslagvrijeVoetGrondslag.NormExclusiefVakantietoeslag, "norm exclusief vakantietoeslag")),
            r => r.BeslagvrijeVoetGrondslag, (r, w) => r with { BeslagvrijeVoetGrondslag = w }),
        new Regelbeschrijving<Domain.Geld.Percentage>(nameof(GemeenteInstellingen.AflossingPercentageNorm), Terugvordering,
            "Aflossing: deel van de norm", "Aflossingsregeling (gemeentelijk beleid): percentage van de geldende norm per maand.", null,
            Regeltypen.Percentage("het aflossingspercentage van de norm"), r => r.AflossingPercentageNorm, (r, w) => r with { AflossingPercentageNorm = w }),
        new Regelbeschrijving<Domain.Geld.Percentage>(nameof(GemeenteInstellingen.AflossingPercentageInkomenBovenNorm), Terugvordering,
            "Aflossing: deel van het inkomen boven de norm", "Aflossingsregeling (gemeentelijk beleid): plus dit deel van het inkomen boven de norm.", null,
            Regeltypen.Percentage("het aflossingspercentage van het inkomen boven de norm"),
            r => r.AflossingPercentageInkomenBovenNorm, (r, w) => r with { AflossingPercentageInkomenBovenNorm = w }),

        new Regelbeschrijving<int>(nameof(GemeenteInstellingen.HeronderzoekTermijnMaanden), Heronderzoek,
            "Heronderzoek: algemene termijn (maanden)",
            "Handhavingsverordening (art. 8b Pw): een lopende toekenning wordt zo vaak opnieuw onderzocht; de wet schrijft geen termijn voor, het college mag altijd onderzoeken (art. 53a lid 6 Pw).",
            "1 tot en met 36 maanden; standaard 12.",
            Regeltypen.Aantal(Domain.Heronderzoeken.Heronderzoekstermijn.MinimumMaanden, Domain.Heronderzoeken.Heronderzoekstermijn.MaximumMaanden,
                "Vul de algemene termijn van het heronderzoek in.", "De termijn van het heronderzoek ligt tussen 1 en 36 maanden.", Maanden),
            r => r.HeronderzoekTermijnMaanden, (r, w) => r with { HeronderzoekTermijnMaanden = w }),
        Heronderzoekprofiel(nameof(GemeenteInstellingen.HeronderzoekMetInkomstenMaanden), "met inkomsten",
            "het huishouden heeft inkomsten die in de toekenning worden meegeteld",
            r => r.HeronderzoekMetInkomstenMaanden, (r, w) => r with { HeronderzoekMetInkomstenMaanden = w }),
        Heronderzoekprofiel(nameof(GemeenteInstellingen.HeronderzoekMetKostendelersMaanden), "met kostendeler(s)",
            "er wonen kostendelers (art. 22a Pw) in de woning",
            r => r.HeronderzoekMetKostendelersMaanden, (r, w) => r with { HeronderzoekMetKostendelersMaanden = w }),
        Heronderzoekprofiel(nameof(GemeenteInstellingen.HeronderzoekJongerDan27Maanden), "jonger dan 27",
            "de aanvrager is bij het begin van de termijn jonger dan 27 jaar",
            r => r.HeronderzoekJongerDan27Maanden, (r, w) => r with { HeronderzoekJongerDan27Maanden = w }),

        Brief(nameof(GemeenteInstellingen.BriefNaam), "Naam", "de naam op het briefhoofd", 200, r => r.BriefNaam, (r, w) => r with { BriefNaam = w }),
        Brief(nameof(GemeenteInstellingen.BriefBezoekadres), "Bezoekadres", "het bezoekadres", 200, r => r.BriefBezoekadres, (r, w) => r with { BriefBezoekadres = w }),
        Brief(nameof(GemeenteInstellingen.BriefPostadres), "Postadres", "het postadres", 200, r => r.BriefPostadres, (r, w) => r with { BriefPostadres = w }),
        Brief(nameof(GemeenteInstellingen.BriefTelefoon), "Telefoon", "het telefoonnummer", 30, r => r.BriefTelefoon, (r, w) => r with { BriefTelefoon = w }),
        Brief(nameof(GemeenteInstellingen.BriefWebsite), "Website", "de website", 200, r => r.BriefWebsite, (r, w) => r with { BriefWebsite = w }),
        Brief(nameof(GemeenteInstellingen.OndertekenaarNaam), "Naam ondertekenaar", "de naam van de ondertekenaar", 100,
            r => r.OndertekenaarNaam, (r, w) => r with { OndertekenaarNaam = w }),
        Brief(nameof(GemeenteInstellingen.OndertekenaarFunctie), "Functie ondertekenaar", "de functie van de ondertekenaar", 100,
            r => r.OndertekenaarFunctie, (r, w) => r with { OndertekenaarFunctie = w }),
    ];

    public static Regelbeschrijving? Zoek(string naam) => Alle.FirstOrDefault(r => r.Naam == naam);

    private static Regelbeschrijving<Domain.Geld.Percentage> Maatregel(
        int categorie, Func<GemeenteInstellingen, Domain.Geld.Percentage> lees,
        Func<GemeenteInstellingen, Domain.Geld.Percentage, GemeenteInstellingen> schrijf) =>
        new($"MaatregelPercentageCategorie{categorie}", Maatregelen,
            $"Maatregel categorie {categorie} (art. 18 lid 2)", $"Art. 18 lid 2 Pw en de afstemmingsverordening (art. 8 lid 1 onder a): categorie {categorie}.", null,
            Regeltypen.Percentage($"het percentage voor maatregelcategorie {categorie}"), lees, schrijf);

    private static string Maanden(int maanden) => maanden == 1 ? "elke maand" : $"elke {maanden} maanden";

    /// <summary>A shorter heronderzoek term for a profile; empty (0) when the gemeente names none, then the general term applies.</summary>
    private static Regelbeschrijving<int> Heronderzoekprofiel(
        string naam, string profiel, string wanneer, Func<GemeenteInstellingen, int> lees, Func<GemeenteInstellingen, int, GemeenteInstellingen> schrijf) =>
        new(naam, Heronderzoek, $"Heronderzoek {profiel} (maanden)",
            $"Handhavingsverordening (art. 8b Pw): een kortere termijn als {wanneer}. De kortste termijn die geldt, wint.",
            "Leeg: geen eigen termijn, de algemene geldt. Anders 1 tot en met 36 maanden.",
            Regeltypen.OptioneelAantal(Domain.Heronderzoeken.Heronderzoekstermijn.MinimumMaanden, Domain.Heronderzoeken.Heronderzoekstermijn.MaximumMaanden,
                $"De termijn voor het profiel {profiel} ligt tussen 1 en 36 maanden, of laat het veld leeg.", "geen eigen termijn", Maanden),
            lees, schrijf);

    private static Regelbeschrijving<string> Brief(
        string naam, string label, string omschrijving, int maximum,
        Func<GemeenteInstellingen, string> lees, Func<GemeenteInstellingen, string, GemeenteInstellingen> schrijf) =>
        new(naam, Briefhoofd, label, "Briefhoofd en ondertekening van de beschikkingen.", null, Regeltypen.Tekst(omschrijving, maximum), lees, schrijf);
}
