namespace Socrates.IntegrationTests.EigenDatabase.Matrix;

/// <summary>
/// Who may do what, written down here on its own and not read from the app's <c>Paginarechten</c> or <c>[Vereist]</c>: the
/// matrix test holds the app to this table. Every page of the route table must be in <see cref="Paginas"/> (who may open
/// it; its handlers inherit that); a handler that asks more than its page is in <see cref="Handlers"/>, keyed
/// "METHOD /Page?handler=Name" ("POST /Page" for the unnamed one).
/// </summary>
internal static class Toegangsverwachting
{
    public static IReadOnlyDictionary<string, Wie> Paginas { get; } = new Dictionary<string, Wie>(StringComparer.Ordinal)
    {
        ["/Index"] = Wie.AlleAangemelden,                 // sends the Normbeheerder on to /Normen
        ["/Fout"] = Wie.Iedereen,
        ["/Account/Inloggen"] = Wie.Iedereen,
        ["/Account/WachtwoordInstellen"] = Wie.Iedereen,
        ["/Account/Uitloggen"] = Wie.AlleAangemelden,
        ["/Account/GeenToegang"] = Wie.AlleAangemelden,

        ["/Werkvoorraad/Index"] = Wie.Dossiers | Wie.Bezwaarbehandelaar,   // his open bezwaren (docs/bezwaar.md)
        ["/Overzicht/Index"] = Wie.Dossiers,
        ["/TeBeoordelen/Index"] = Wie.Teamleider,
        ["/Werkvoorraad/Aow"] = Wie.Dossiers,
        ["/Personen/Index"] = Wie.Dossiers,
        ["/Personen/Details"] = Wie.Dossiers,
        ["/Personen/Registreren"] = Wie.Consulent,
        ["/Personen/Wijzigen"] = Wie.Consulent,

        ["/Aanvragen/Dossier"] = Wie.Dossiers,
        ["/Aanvragen/Berekening"] = Wie.Dossiers,
        ["/Aanvragen/Herberekening"] = Wie.Dossiers,
        ["/Aanvragen/Beschikking"] = Wie.Dossiers,
        ["/Aanvragen/Betalingen"] = Wie.Dossiers,
        ["/Aanvragen/Indienen"] = Wie.Consulent,
        ["/Aanvragen/Bewijsstukken"] = Wie.Consulent,
        ["/Aanvragen/Hersteltermijn"] = Wie.Consulent,
        ["/Aanvragen/Verdagen"] = Wie.Consulent,
        ["/Aanvragen/Ingebrekestelling"] = Wie.Dossiers,
        ["/Aanvragen/GeenDwangsom"] = Wie.Dossiers,
        ["/Aanvragen/DwangsomVaststellen"] = Wie.Dossiers,
        ["/Aanvragen/DwangsomBeoordelen"] = Wie.Teamleider,
        ["/Aanvragen/DwangsomBeschikking"] = Wie.Dossiers,
        ["/Aanvragen/Intrekken"] = Wie.Consulent,
        ["/Aanvragen/Besluit"] = Wie.Consulent,
        ["/Aanvragen/Wijziging"] = Wie.Consulent,
        ["/Aanvragen/Heropenen"] = Wie.Consulent,
        ["/Aanvragen/Beoordelen"] = Wie.Teamleider,
        ["/Aanvragen/Huishouden/Partner"] = Wie.Consulent,
        ["/Aanvragen/Huishouden/Kinderen"] = Wie.Consulent,
        ["/Aanvragen/Huishouden/Medebewoners"] = Wie.Consulent,
        ["/Aanvragen/Huishouden/Woonsituatie"] = Wie.Consulent,
        ["/Aanvragen/Huishouden/Inkomsten"] = Wie.Consulent,
        ["/Aanvragen/Huishouden/Vermogen"] = Wie.Consulent,

        ["/Toekenningen/Index"] = Wie.Dossiers,

        ["/Heronderzoeken/Index"] = Wie.Dossiers,
        ["/Heronderzoeken/Details"] = Wie.Dossiers,

        ["/Terugvorderingen/Index"] = Wie.Dossiers,
        ["/Terugvorderingen/Details"] = Wie.Dossiers,
        ["/Terugvorderingen/Beschikking"] = Wie.Dossiers,
        ["/Terugvorderingen/Voorstellen"] = Wie.Dossiers,
        ["/Terugvorderingen/Aanmaning"] = Wie.Dossiers,
        ["/Terugvorderingen/Aflossing"] = Wie.Dossiers,
        ["/Terugvorderingen/Afzien"] = Wie.Dossiers,
        ["/Terugvorderingen/Betalingen"] = Wie.Dossiers,
        ["/Terugvorderingen/Boete"] = Wie.Dossiers,
        ["/Terugvorderingen/Correctie"] = Wie.Dossiers,
        ["/Terugvorderingen/Verrekening"] = Wie.Dossiers,
        ["/Terugvorderingen/Overzicht"] = Wie.Teamleider,
        ["/Terugvorderingen/Beoordelen"] = Wie.Teamleider,
        ["/Terugvorderingen/AfzienBeoordelen"] = Wie.Teamleider,
        ["/Terugvorderingen/Oninbaar"] = Wie.Teamleider,

        ["/Bezwaren/Index"] = Wie.Bezwaren,
        ["/Bezwaren/Registreren"] = Wie.BezwaarRegistratie,
        ["/Bezwaren/Details"] = Wie.Bezwaren,
        ["/Bezwaren/Behandelaar"] = Wie.Bezwaren,
        ["/Bezwaren/Verschoonbaarheid"] = Wie.Bezwaren,
        ["/Bezwaren/Hoorzitting"] = Wie.Bezwaren,
        ["/Bezwaren/Hoorverslag"] = Wie.Bezwaren,
        ["/Bezwaren/AfzienVanHoren"] = Wie.Bezwaren,
        ["/Bezwaren/Verdagen"] = Wie.Bezwaren,
        ["/Bezwaren/VoorlopigeVoorziening"] = Wie.Bezwaren,
        ["/Bezwaren/Beslissing"] = Wie.Bezwaarbehandelaar,
        ["/Bezwaren/Beoordelen"] = Wie.Teamleider,
        ["/Bezwaren/Brief"] = Wie.Bezwaren,

        ["/Betaalruns/Index"] = Wie.Teamleider,
        ["/Betaalruns/Overzicht"] = Wie.Teamleider,
        ["/Betaalruns/DefinitiefMaken"] = Wie.Teamleider,
        ["/Betaalruns/Controle"] = Wie.Teamleider,

        ["/Indexeringen/Index"] = Wie.Teamleider,
        ["/Indexeringen/Rapport"] = Wie.Teamleider,
        ["/Indexeringen/Berichten"] = Wie.Teamleider,

        ["/Inkomstenopgaven/Index"] = Wie.Dossiers,
        ["/Inkomstenopgaven/Corrigeren"] = Wie.Consulent,
        ["/Inkomstenopgaven/Registreren"] = Wie.Opgaveinvoer,
        ["/Inkomstenopgaven/Importeren"] = Wie.Opgaveinvoer,
        ["/Inkomstenopgaven/Opgaveplicht"] = Wie.Consulent,
        ["/Inkomstenopgaven/Ontbrekend"] = Wie.Dossiers,
        ["/Inkomstenopgaven/Opschorting"] = Wie.Dossiers,

        ["/Beheer/Gebruikers/Index"] = Wie.Beheerder,
        ["/Beheer/Gebruikers/Toevoegen"] = Wie.Beheerder,
        ["/Beheer/Gebruikers/Details"] = Wie.Beheerder,
        ["/Beheer/ApiKoppelingen/Index"] = Wie.Beheerder,
        ["/Beheer/ApiKoppelingen/Aanmaken"] = Wie.Beheerder,
        ["/Beheer/ApiKoppelingen/Details"] = Wie.Beheerder,
        ["/Beheer/Gemeenteregels/Index"] = Wie.Beheerder,
        ["/Beheer/Gemeenteregels/Vastleggen"] = Wie.Beheerder,
        ["/Beheer/Gemeenteregels/Vergelijken"] = Wie.Beheerder,
        ["/Beheer/Gemeenteregels/Intrekken"] = Wie.Beheerder,
        ["/Beheer/Audit/Index"] = Wie.Beheerder,
        ["/Beheer/Landelijk/Index"] = Wie.Beheerder,
        ["/Beheer/Vernietiging/Index"] = Wie.Beheerder,
        ["/Beheer/Vernietiging/Details"] = Wie.Beheerder,
        ["/Beheer/Vernietiging/Verlengen"] = Wie.Beheerder,

        ["/Normen/Index"] = Wie.Normbeheerder,
        ["/Normen/Voorstellen"] = Wie.Normbeheerder,
        ["/Normen/Beoordelen"] = Wie.Normbeheerder,
        ["/Normen/Vergelijken"] = Wie.Normbeheerder,
    };

    public static IReadOnlyDictionary<string, Wie> Handlers { get; } = new Dictionary<string, Wie>(StringComparer.Ordinal)
    {
        ["POST /Aanvragen/Dossier?handler=BuitenBehandeling"] = Wie.Consulent,     // art. 4:5 Awb: the consulent's step
        ["POST /Personen/Details"] = Wie.Consulent,                                // a new melding
        ["POST /Werkvoorraad/Index?handler=Toewijzen"] = Wie.Dossiers,             // assigning an aanvraag; the bezwaarbehandelaar sees bezwaren only
        ["POST /Inkomstenopgaven/Index"] = Wie.Consulent,                          // registering a loonstrook; the team lead reads
        ["POST /Inkomstenopgaven/Ontbrekend"] = Wie.Consulent,                     // suspending (art. 54); the team lead reads
        ["POST /Heronderzoeken/Details"] = Wie.Consulent,                          // the outcome of a heronderzoek; the team lead reads
        ["POST /Heronderzoeken/Details?handler=Toewijzen"] = Wie.Teamleider,        // a team lead spreads the open heronderzoeken over the team
        ["POST /Beheer/Gemeenteregels/Vastleggen?handler=Doorrekenen"] = Wie.Beheerder, // step 1: the what-if, saves nothing
        ["POST /Beheer/Gemeenteregels/Vastleggen?handler=Wijzigen"] = Wie.Beheerder,    // back from the confirmation to the values
    };
}
