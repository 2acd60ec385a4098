namespace Socrates.Application.Audit.Lijst;

/// <summary>
/// Every action code the trail holds (the command's type name, or a code a handler or page writes itself) with the
/// Dutch label a Beheerder reads. An architecture test fails when a command has no label here.
/// </summary>
public static class Auditacties
{
    public static IReadOnlyDictionary<string, string> Labels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Inloggen"] = "Inloggen",
        ["Uitloggen"] = "Uitloggen",
        ["WachtwoordInstellen"] = "Wachtwoord ingesteld",
        ["DossierInzien"] = "Dossier ingezien",
        ["AuditInzien"] = "Audittrail ingezien",
        ["AuditExporteren"] = "Audittrail geëxporteerd",
        ["BetalingenExporteren"] = "Betalingen geëxporteerd",
        ["BetalingenControleren"] = "Betalingen gecontroleerd",
        ["AanmaningRegistreren"] = "Aanmaning geregistreerd",
        ["AanvraagInBehandelingNemen"] = "Aanvraag in behandeling genomen",
        ["AanvraagIndienen"] = "Aanvraag ingediend",
        ["AanvraagIntrekken"] = "Aanvraag ingetrokken",
        ["AanvraagToewijzen"] = "Aanvraag toegewezen",
        ["AflossingsregelingTreffen"] = "Aflossingsregeling getroffen",
        ["AfzienBeoordelen"] = "Afzien van invordering beoordeeld",
        ["AfzienVoorstellen"] = "Afzien van invordering voorgesteld",
        ["BeslistermijnVerdagen"] = "Beslistermijn verdaagd",
        ["IngebrekestellingRegistreren"] = "Ingebrekestelling geregistreerd",
        ["GeenDwangsomVastleggen"] = "Geen dwangsom verschuldigd vastgelegd (Awb 4:17 lid 6)",
        ["DwangsomVoorstellen"] = "Vaststelling dwangsom voorgesteld",
        ["DwangsomBeoordelen"] = "Vaststelling dwangsom beoordeeld",
        ["DwangsomVastgesteld"] = "Dwangsom vastgesteld (Awb 4:18)",
        ["BesluitBeoordelen"] = "Besluit beoordeeld",
        ["BesluitVoorstellen"] = "Besluit voorgesteld",
        ["BetaalrunAfronden"] = "Betaalrun afgerond",
        ["BetaalrunDeelOpslaan"] = "Deel van betaalrun berekend",
        ["IndexeringenStarten"] = "Indexering gestart (normen gewijzigd)",
        ["IndexeringDeelOpslaan"] = "Deel van indexering berekend",
        ["InkomstenopgaveRegistreren"] = "Inkomstenopgave geregistreerd",
        ["InkomstenopgaveCorrigeren"] = "Inkomstenopgave gecorrigeerd",
        ["OpgaveplichtVastleggen"] = "Opgaveplicht vastgelegd",
        ["OpschortingBesluiten"] = "Bijstand opgeschort (art. 54 lid 1)",
        ["InkomstenopgavenImporteren"] = "Inkomstenopgaven ingelezen uit een CSV-bestand",
        ["IndexeringAfronden"] = "Indexering afgerond",
        ["BetaalrunDefinitiefMaken"] = "Betaalrun definitief gemaakt",
        ["BetaalrunStarten"] = "Betaalrun gestart",
        ["BetalingRegistreren"] = "Betaling geregistreerd",
        ["BewijsstukOntvangen"] = "Bewijsstuk ontvangen",
        ["BewijsstukVragen"] = "Bewijsstuk gevraagd",
        ["BezittingToevoegen"] = "Bezitting toegevoegd",
        ["BezittingVerwijderen"] = "Bezitting verwijderd",
        ["BoeteVoorstellen"] = "Boete voorgesteld",
        ["BuitenBehandelingStellen"] = "Buiten behandeling gesteld",
        ["CorrectieBoeken"] = "Correctie geboekt",
        ["GebruikerAanmaken"] = "Gebruiker aangemaakt",
        ["GebruikerBlokkeren"] = "Gebruiker geblokkeerd of gedeblokkeerd",
        ["GebruikerToevoegen"] = "Gebruiker toegevoegd",
        ["GemeenteregelsVastleggen"] = "Gemeenteregels vastgelegd",
        ["GemeenteregelsIntrekken"] = "Geplande gemeenteregels ingetrokken",
        ["GemeenteregelsVoorstelBeoordelen"] = "Voorstel gemeenteregels beoordeeld",
        ["NormensetVoorstellen"] = "Normenset voorgesteld",
        ["NormensetGoedkeuren"] = "Normenset goedgekeurd",
        ["NormensetAfwijzen"] = "Normenset afgewezen",
        ["HerstellinkMaken"] = "Wachtwoordlink gemaakt",
        ["HersteltermijnInstellen"] = "Hersteltermijn ingesteld",
        ["InkomenToevoegen"] = "Inkomen toegevoegd",
        ["InkomenVerwijderen"] = "Inkomen verwijderd",
        ["KindToevoegen"] = "Kind toegevoegd",
        ["KindVerwijderen"] = "Kind verwijderd",
        ["MedebewonerToevoegen"] = "Medebewoner toegevoegd",
        ["MedebewonerVerwijderen"] = "Medebewoner verwijderd",
        ["MeldingRegistreren"] = "Melding geregistreerd",
        ["NotitieToevoegen"] = "Notitie toegevoegd",
        ["OninbaarVerklaren"] = "Oninbaar verklaard",
        ["PartnerVastleggen"] = "Partner vastgelegd",
        ["PartnerVerwijderen"] = "Partner verwijderd",
        ["PersoonRegistreren"] = "Persoon geregistreerd",
        ["PersoonWijzigen"] = "Persoon gewijzigd",
        ["RollenWijzigen"] = "Rollen gewijzigd",
        ["TerugvorderingBeoordelen"] = "Terugvordering beoordeeld",
        ["TerugvorderingVoorstellen"] = "Terugvordering voorgesteld",
        ["TerugvorderingVoorgesteldDoorIndexering"] = "Terugvordering voorgesteld door de indexering (lagere normen)",
        ["VermogenVastleggen"] = "Vermogen vastgelegd",
        ["VerrekeningInstellen"] = "Verrekening ingesteld",
        ["VerrekeningenBoeken"] = "Verrekeningen geboekt",
        ["WijzigingRegistreren"] = "Wijziging geregistreerd",
        ["WoonsituatieVastleggen"] = "Woonsituatie vastgelegd",
    };

    /// <summary>The Dutch label of a code; an unknown code (an older one) as it is.</summary>
    public static string Label(string actie) => Labels.GetValueOrDefault(actie, actie);

    /// <summary>The Dutch name of what a line is about.</summary>
    public static string Soort(string? entiteitType) => entiteitType switch
    {
        null => "",
        "Aanvraag" => "Dossier",
        "GemeenteInstellingen" => "Gemeenteregels",
        "InstellingenVoorstel" => "Voorstel gemeenteregels",
        _ => entiteitType,
    };
}
