using System.Text.RegularExpressions;

namespace Socrates.Web.Weergave;

/// <summary>What a request name in the audit trail means to a case worker: "AanvraagIndienen" → "Aanvraag ingediend".</summary>
public static partial class Acties
{
    private static readonly Dictionary<string, string> Bekend = new(StringComparer.Ordinal)
    {
        ["MeldingRegistreren"] = "Melding geregistreerd",
        ["HeronderzoekenPlannen"] = "Heronderzoeken gepland (handhavingsverordening)",
        ["HeronderzoekAfronden"] = "Heronderzoek afgerond",
        ["HeronderzoekToewijzen"] = "Heronderzoek toegewezen",
        ["AanvraagIndienen"] = "Aanvraag ingediend (ontvangen)",
        ["AanvraagInBehandelingNemen"] = "In behandeling genomen",
        ["AanvraagToewijzen"] = "Toegewezen aan een consulent",
        ["AanvraagIntrekken"] = "Aanvraag ingetrokken",
        ["PartnerVastleggen"] = "Partner vastgelegd",
        ["PartnerVerwijderen"] = "Partner verwijderd",
        ["KindToevoegen"] = "Kind toegevoegd",
        ["KindVerwijderen"] = "Kind verwijderd",
        ["MedebewonerToevoegen"] = "Medebewoner toegevoegd",
        ["MedebewonerVerwijderen"] = "Medebewoner verwijderd",
        ["WoonsituatieVastleggen"] = "Woonsituatie vastgelegd",
        ["InkomenToevoegen"] = "Inkomen toegevoegd",
        ["InkomenVerwijderen"] = "Inkomen verwijderd",
        ["BezittingToevoegen"] = "Bezitting toegevoegd",
        ["BezittingVerwijderen"] = "Bezitting verwijderd",
        ["VermogenVastleggen"] = "Schulden en eigen woning vastgelegd",
        ["BewijsstukVragen"] = "Bewijsstuk gevraagd",
        ["BewijsstukOntvangen"] = "Bewijsstuk ontvangen",
        ["HersteltermijnInstellen"] = "Hersteltermijn gegeven (Awb 4:5)",
        ["BeslistermijnVerdagen"] = "Beslistermijn verdaagd (Awb 4:14)",
        ["IngebrekestellingRegistreren"] = "Ingebrekestelling ontvangen (Awb 4:17)",
        ["GeenDwangsomVastleggen"] = "Geen dwangsom verschuldigd vastgelegd (Awb 4:17 lid 6)",
        ["DwangsomVoorstellen"] = "Vaststelling dwangsom voorgesteld (Awb 4:18)",
        ["DwangsomBeoordelen"] = "Vaststelling dwangsom beoordeeld door de teamleider",
        ["BezwaarRegistreren"] = "Bezwaar geregistreerd",
        ["BehandelaarToewijzen"] = "Bezwaarbehandelaar toegewezen",
        ["VerschoonbaarheidBeoordelen"] = "Verschoonbaarheid van het te late bezwaar beoordeeld (Awb 6:11)",
        ["HoorzittingPlannen"] = "Hoorzitting gepland (Awb 7:2)",
        ["HoorverslagVastleggen"] = "Verslag van de hoorzitting vastgelegd",
        ["AfzienVanHorenVastleggen"] = "Afgezien van horen (Awb 7:3)",
        ["BeslissingVerdagen"] = "Beslissing op bezwaar verdaagd (Awb 7:10 lid 3)",
        ["VoorlopigeVoorzieningNoteren"] = "Verzoek om voorlopige voorziening genoteerd (Awb 8:81)",
        ["BeslissingVoorstellen"] = "Beslissing op bezwaar voorgesteld",
        ["BeslissingBeoordelen"] = "Beslissing op bezwaar beoordeeld door de teamleider",
        ["HerroepingGestart"] = "Herroeping na bezwaar gestart",
        ["HerroepingUitgevoerd"] = "Herroeping na bezwaar uitgevoerd",
        ["AanvraagHeropenen"] = "Opnieuw in behandeling na herroeping in bezwaar",
        ["DwangsomVastgesteld"] = "Dwangsom vastgesteld (Awb 4:18)",
        ["BuitenBehandelingStellen"] = "Buiten behandeling stellen voorgesteld of besloten",
        ["BesluitBeoordelen"] = "Besluit beoordeeld door de teamleider",
        ["BesluitVoorstellen"] = "Besluit voorgesteld (toekennen of afwijzen)",
        ["ToekenningVoorgesteldZonderBewijsstukken"] = "Toekenning voorgesteld terwijl gevraagde bewijsstukken ontbreken",
        ["ToekenningGoedgekeurdZonderBewijsstukken"] = "Toekenning goedgekeurd terwijl gevraagde bewijsstukken ontbreken",
        ["NotitieToevoegen"] = "Notitie geschreven",
        ["TerugvorderingVoorstellen"] = "Terugvordering voorgesteld",
        ["TerugvorderingBeoordelen"] = "Terugvordering beoordeeld door de teamleider",
        ["BoeteVoorstellen"] = "Bestuurlijke boete voorgesteld (art. 18a)",
        ["AflossingsregelingTreffen"] = "Aflossingsregeling getroffen",
        ["VerrekeningInstellen"] = "Verrekening met de bijstand ingesteld",
        ["CorrectieBoeken"] = "Correctie geboekt",
        ["AfzienVoorstellen"] = "Afzien van terugvordering voorgesteld",
        ["AfzienBeoordelen"] = "Afzien beoordeeld door de teamleider",
        ["OninbaarVerklaren"] = "Oninbaar verklaard",
        ["AanmaningRegistreren"] = "Aanmaning geregistreerd (stuit de verjaring)",
        ["BewaartermijnVerlengen"] = "Bewaartermijn van het dossier verlengd",
    };

    public static string Omschrijving(string actie)
    {
        ArgumentNullException.ThrowIfNull(actie);
        if (Bekend.TryGetValue(actie, out var tekst))
        {
            return tekst;
        }

        var woorden = Hoofdletter().Replace(actie, " $1").Trim();
        return woorden.Length == 0 ? actie : woorden[0] + woorden[1..].ToLowerInvariant();
    }

    [GeneratedRegex("(?<!^)([A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex Hoofdletter();
}
