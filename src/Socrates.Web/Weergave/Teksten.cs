using System.Globalization;
using Socrates.Domain.Aanvragen;

namespace Socrates.Web.Weergave;

/// <summary>Domain values as the pages show them: Dutch words, Dutch dates and amounts.</summary>
public static class Teksten
{
    public static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");

    public static string Datum(DateOnly datum) => datum.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    public static string Datum(DateOnly? datum) => datum is { } d ? Datum(d) : "—";

    public static string Van(Woonsituatie waarde) => waarde switch
    {
        Woonsituatie.Huur => "Huurwoning",
        Woonsituatie.EigenWoning => "Eigen woning",
        Woonsituatie.Inwonend => "Inwonend (geen eigen woonruimte)",
        Woonsituatie.Dakloos => "Dakloos",
        _ => waarde.ToString(),
    };

    public static string Van(Inkomstensoort waarde) => waarde switch
    {
        Inkomstensoort.Arbeid => "Inkomen uit arbeid",
        Inkomstensoort.Uitkering => "Uitkering",
        Inkomstensoort.Alimentatie => "Alimentatie",
        Inkomstensoort.Overig => "Overig inkomen",
        _ => waarde.ToString(),
    };

    public static string Van(Bezittingsoort waarde) => waarde switch
    {
        Bezittingsoort.Betaalrekening => "Betaalrekening",
        Bezittingsoort.Spaarrekening => "Spaarrekening",
        Bezittingsoort.Contant => "Contant geld",
        Bezittingsoort.Voertuig => "Auto, motor of ander voertuig",
        Bezittingsoort.Beleggingen => "Beleggingen",
        Bezittingsoort.Overig => "Overige bezitting",
        _ => waarde.ToString(),
    };

    public static string Van(PartnerRelatie waarde) => waarde switch
    {
        PartnerRelatie.Gehuwd => "Gehuwd of geregistreerd partner",
        PartnerRelatie.Samenwonend => "Samenwonend (gezamenlijke huishouding)",
        _ => waarde.ToString(),
    };

    public static string Van(Gezinslid waarde) => waarde == Gezinslid.Partner ? "Partner" : "Aanvrager";

    public static string Van(ZoektermijnUitzondering waarde) => waarde switch
    {
        ZoektermijnUitzondering.PraktijkOfSpeciaalOnderwijs => "Praktijkonderwijs of voortgezet speciaal onderwijs (art. 41 lid 4 onder a)",
        ZoektermijnUitzondering.MedischUrenbeperktOfLks => "Medisch urenbeperkt of doelgroep loonkostensubsidie (art. 41 lid 4 onder b)",
        ZoektermijnUitzondering.Collegebesluit => "Besluit van het college om eerder te beginnen (art. 41 lid 11)",
        _ => waarde.ToString(),
    };

    public static string Van(Afwijzingsgrond waarde) => waarde switch
    {
        Afwijzingsgrond.VermogenBovenGrens => "Vermogen boven de vermogensgrens (art. 34)",
        Afwijzingsgrond.MiddelenBovenNorm => "Middelen gelijk aan of hoger dan de bijstandsnorm (art. 19 lid 1)",
        Afwijzingsgrond.Uitgesloten => "Uitgesloten van algemene bijstand (art. 13)",
        Afwijzingsgrond.RechtNietVastTeStellen => "Recht niet vast te stellen: gegevens ontbreken (art. 17)",
        Afwijzingsgrond.GeenWoonplaats => "Geen woonplaats in de gemeente (art. 40)",
        Afwijzingsgrond.Overig => "Andere grond (zie motivering)",
        Afwijzingsgrond.SvbBevoegd => "Pensioengerechtigde leeftijd bereikt: de Sociale verzekeringsbank verleent de bijstand (art. 47a lid 1)",
        _ => waarde.ToString(),
    };

    public static string Van(GeenDwangsomGrond waarde) => waarde switch
    {
        GeenDwangsomGrond.OnredelijkLaatInGebreke => "Onredelijk laat in gebreke gesteld (Awb 4:17 lid 6 onder a)",
        GeenDwangsomGrond.GeenBelanghebbende => "De aanvrager is geen belanghebbende (Awb 4:17 lid 6 onder b)",
        GeenDwangsomGrond.KennelijkNietOntvankelijk => "De aanvraag is kennelijk niet-ontvankelijk (Awb 4:17 lid 6 onder c)",
        GeenDwangsomGrond.KennelijkOngegrond => "De aanvraag is kennelijk ongegrond (Awb 4:17 lid 6 onder c)",
        _ => waarde.ToString(),
    };

    public static string Van(Application.Aanvragen.Gemeenschappelijk.Dwangsomfase waarde) => waarde switch
    {
        Application.Aanvragen.Gemeenschappelijk.Dwangsomfase.NogNiet => "begint als er dan nog niet is besloten",
        Application.Aanvragen.Gemeenschappelijk.Dwangsomfase.Loopt => "loopt",
        Application.Aanvragen.Gemeenschappelijk.Dwangsomfase.VastTeStellen => "vast te stellen (Awb 4:18)",
        Application.Aanvragen.Gemeenschappelijk.Dwangsomfase.Voorgesteld => "vaststelling wacht op teamleider",
        Application.Aanvragen.Gemeenschappelijk.Dwangsomfase.TeBetalen => "vastgesteld, te betalen",
        Application.Aanvragen.Gemeenschappelijk.Dwangsomfase.Betaald => "vastgesteld en betaald",
        Application.Aanvragen.Gemeenschappelijk.Dwangsomfase.VastgesteldNul => "vastgesteld: geen dwangsom",
        Application.Aanvragen.Gemeenschappelijk.Dwangsomfase.GeenDwangsom => "geen dwangsom (lid 6)",
        _ => waarde.ToString(),
    };

    public static string Van(Wijzigingsoort waarde) => waarde switch
    {
        Wijzigingsoort.Inkomen => "Inkomen",
        Wijzigingsoort.MedebewonerIn => "Medebewoner ingetrokken",
        Wijzigingsoort.MedebewonerUit => "Medebewoner vertrokken",
        Wijzigingsoort.Partner => "Partner",
        Wijzigingsoort.Adres => "Adres of woonsituatie",
        Wijzigingsoort.Overig => "Andere wijziging",
        Wijzigingsoort.AowLeeftijd => "AOW-leeftijd bereikt: de SVB wordt bevoegd (art. 47a)",
        _ => waarde.ToString(),
    };

    /// <summary>How a month of a herberekening was split over the days, or null when it counts whole under the new situation.</summary>
    public static string? NaarRato(Domain.Toekenningen.HerberekeningMaand maand)
    {
        ArgumentNullException.ThrowIfNull(maand);
        if (maand.DagenNieuw == maand.DagenInMaand)
        {
            return null;
        }

        var oud = maand.DagenOud == 0 ? "" : $"{maand.DagenOud} {(maand.DagenOud == 1 ? "dag" : "dagen")} oud, ";
        return $"naar rato: {oud}{maand.DagenNieuw} {(maand.DagenNieuw == 1 ? "dag" : "dagen")} nieuw van {maand.DagenInMaand}";
    }
}
