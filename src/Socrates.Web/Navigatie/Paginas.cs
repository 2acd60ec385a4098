using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Socrates.Web.Navigatie;

/// <summary>
/// Typed page addresses for links and redirects (<c>asp-page="@Paginas.Aanvragen.Dossier"</c>): each is computed from its
/// page model's type, so a page that is renamed or moved takes its links along, and a page that is removed fails to
/// compile instead of leaving a dead string. A test holds <see cref="Van"/> to Razor's own page paths.
/// </summary>
public static class Paginas
{
    /// <summary>"/Aanvragen/Dossier" for <c>Socrates.Web.Pages.Aanvragen.DossierModel</c>.</summary>
    public static string Van<TModel>()
        where TModel : PageModel => Van(typeof(TModel));

    public static string Van(Type model)
    {
        ArgumentNullException.ThrowIfNull(model);
        const string Wortel = "Socrates.Web.Pages";
        var ns = model.Namespace ?? Wortel;
        var map = ns.Length > Wortel.Length ? ns[(Wortel.Length + 1)..].Replace('.', '/') + "/" : "";
        return "/" + map + model.Name[..^"Model".Length];
    }

    public static class Aanvragen
    {
        public static readonly string Dossier = Van<Pages.Aanvragen.DossierModel>();
        public static readonly string Berekening = Van<Pages.Aanvragen.BerekeningModel>();
        public static readonly string Herberekening = Van<Pages.Aanvragen.HerberekeningModel>();
        public static readonly string Beschikking = Van<Pages.Aanvragen.BeschikkingModel>();
        public static readonly string Betalingen = Van<Pages.Aanvragen.BetalingenModel>();
        public static readonly string Indienen = Van<Pages.Aanvragen.IndienenModel>();
        public static readonly string Bewijsstukken = Van<Pages.Aanvragen.BewijsstukkenModel>();
        public static readonly string Hersteltermijn = Van<Pages.Aanvragen.HersteltermijnModel>();
        public static readonly string Verdagen = Van<Pages.Aanvragen.VerdagenModel>();
        public static readonly string Ingebrekestelling = Van<Pages.Aanvragen.IngebrekestellingModel>();
        public static readonly string GeenDwangsom = Van<Pages.Aanvragen.GeenDwangsomModel>();
        public static readonly string DwangsomVaststellen = Van<Pages.Aanvragen.DwangsomVaststellenModel>();
        public static readonly string DwangsomBeoordelen = Van<Pages.Aanvragen.DwangsomBeoordelenModel>();
        public static readonly string DwangsomBeschikking = Van<Pages.Aanvragen.DwangsomBeschikkingModel>();
        public static readonly string Intrekken = Van<Pages.Aanvragen.IntrekkenModel>();
        public static readonly string Besluit = Van<Pages.Aanvragen.BesluitModel>();
        public static readonly string Wijziging = Van<Pages.Aanvragen.WijzigingModel>();
        public static readonly string Heropenen = Van<Pages.Aanvragen.HeropenenModel>();
        public static readonly string Beoordelen = Van<Pages.Aanvragen.BeoordelenModel>();
    }

    /// <summary>The household of an aanvraag, one page per part.</summary>
    public static class Huishouden
    {
        public static readonly string Partner = Van<Pages.Aanvragen.Huishouden.PartnerModel>();
        public static readonly string Kinderen = Van<Pages.Aanvragen.Huishouden.KinderenModel>();
        public static readonly string Medebewoners = Van<Pages.Aanvragen.Huishouden.MedebewonersModel>();
        public static readonly string Woonsituatie = Van<Pages.Aanvragen.Huishouden.WoonsituatieModel>();
        public static readonly string Inkomsten = Van<Pages.Aanvragen.Huishouden.InkomstenModel>();
        public static readonly string Vermogen = Van<Pages.Aanvragen.Huishouden.VermogenModel>();
    }

    public static class Heronderzoeken
    {
        public static readonly string Index = Van<Pages.Heronderzoeken.IndexModel>();
        public static readonly string Details = Van<Pages.Heronderzoeken.DetailsModel>();
    }

    public static class Indexeringen
    {
        public static readonly string Index = Van<Pages.Indexeringen.IndexModel>();
        public static readonly string Rapport = Van<Pages.Indexeringen.RapportModel>();
        public static readonly string Berichten = Van<Pages.Indexeringen.BerichtenModel>();
    }

    /// <summary>The loonstroken of a toekenning (its id), the correction of one (the opgave's id), the quick entry and the CSV import.</summary>
    public static class Inkomstenopgaven
    {
        public static readonly string Index = Van<Pages.Inkomstenopgaven.IndexModel>();
        public static readonly string Corrigeren = Van<Pages.Inkomstenopgaven.CorrigerenModel>();
        public static readonly string Registreren = Van<Pages.Inkomstenopgaven.RegistrerenModel>();
        public static readonly string Opgaveplicht = Van<Pages.Inkomstenopgaven.OpgaveplichtModel>();
        public static readonly string Ontbrekend = Van<Pages.Inkomstenopgaven.OntbrekendModel>();
        public static readonly string Opschorting = Van<Pages.Inkomstenopgaven.OpschortingModel>();
        public static readonly string Importeren = Van<Pages.Inkomstenopgaven.ImporterenModel>();
    }

    public static class TeBeoordelen
    {
        public static readonly string Index = Van<Pages.TeBeoordelen.IndexModel>();
    }

    /// <summary>The bezwaren (Awb hoofdstuk 6–7), docs/bezwaar.md.</summary>
    public static class Bezwaren
    {
        public static readonly string Index = Van<Pages.Bezwaren.IndexModel>();
        public static readonly string Registreren = Van<Pages.Bezwaren.RegistrerenModel>();
        public static readonly string Details = Van<Pages.Bezwaren.DetailsModel>();
        public static readonly string Behandelaar = Van<Pages.Bezwaren.BehandelaarModel>();
        public static readonly string Verschoonbaarheid = Van<Pages.Bezwaren.VerschoonbaarheidModel>();
        public static readonly string Hoorzitting = Van<Pages.Bezwaren.HoorzittingModel>();
        public static readonly string Hoorverslag = Van<Pages.Bezwaren.HoorverslagModel>();
        public static readonly string AfzienVanHoren = Van<Pages.Bezwaren.AfzienVanHorenModel>();
        public static readonly string Verdagen = Van<Pages.Bezwaren.VerdagenModel>();
        public static readonly string VoorlopigeVoorziening = Van<Pages.Bezwaren.VoorlopigeVoorzieningModel>();
        public static readonly string Beslissing = Van<Pages.Bezwaren.BeslissingModel>();
        public static readonly string Beoordelen = Van<Pages.Bezwaren.BeoordelenModel>();
        public static readonly string Brief = Van<Pages.Bezwaren.BriefModel>();
    }

    public static class Overzicht
    {
        public static readonly string Index = Van<Pages.Overzicht.IndexModel>();
    }

    public static class Toekenningen
    {
        public static readonly string Index = Van<Pages.Toekenningen.IndexModel>();
    }

    public static class Terugvorderingen
    {
        public static readonly string Index = Van<Pages.Terugvorderingen.IndexModel>();
        public static readonly string Details = Van<Pages.Terugvorderingen.DetailsModel>();
    }

    public static class Werkvoorraad
    {
        public static readonly string Index = Van<Pages.Werkvoorraad.IndexModel>();
        public static readonly string Aow = Van<Pages.Werkvoorraad.AowModel>();
    }

    public static class Personen
    {
        public static readonly string Index = Van<Pages.Personen.IndexModel>();
        public static readonly string Details = Van<Pages.Personen.DetailsModel>();
        public static readonly string Registreren = Van<Pages.Personen.RegistrerenModel>();
        public static readonly string Wijzigen = Van<Pages.Personen.WijzigenModel>();
    }

    public static class Beheer
    {
        public static readonly string Gemeenteregels = Van<Pages.Beheer.Gemeenteregels.IndexModel>();
        public static readonly string GemeenteregelsVastleggen = Van<Pages.Beheer.Gemeenteregels.VastleggenModel>();
        public static readonly string GemeenteregelsVergelijken = Van<Pages.Beheer.Gemeenteregels.VergelijkenModel>();
        public static readonly string GemeenteregelsIntrekken = Van<Pages.Beheer.Gemeenteregels.IntrekkenModel>();
        public static readonly string Gebruikers = Van<Pages.Beheer.Gebruikers.IndexModel>();
        public static readonly string Gebruiker = Van<Pages.Beheer.Gebruikers.DetailsModel>();
        public static readonly string GebruikerToevoegen = Van<Pages.Beheer.Gebruikers.ToevoegenModel>();
        public static readonly string Audit = Van<Pages.Beheer.Audit.IndexModel>();
        public static readonly string ApiKoppelingen = Van<Pages.Beheer.ApiKoppelingen.IndexModel>();
        public static readonly string ApiKoppelingAanmaken = Van<Pages.Beheer.ApiKoppelingen.AanmakenModel>();
        public static readonly string ApiKoppeling = Van<Pages.Beheer.ApiKoppelingen.DetailsModel>();
        public static readonly string Landelijk = Van<Pages.Beheer.Landelijk.IndexModel>();
        public static readonly string Vernietiging = Van<Pages.Beheer.Vernietiging.IndexModel>();
        public static readonly string Vernietigingslijst = Van<Pages.Beheer.Vernietiging.DetailsModel>();
        public static readonly string Bewaartermijn = Van<Pages.Beheer.Vernietiging.VerlengenModel>();
    }

    /// <summary>The national figures, for the cooperative's Normbeheerder.</summary>
    public static class Normen
    {
        public static readonly string Index = Van<Pages.Normen.IndexModel>();
        public static readonly string Voorstellen = Van<Pages.Normen.VoorstellenModel>();
        public static readonly string Beoordelen = Van<Pages.Normen.BeoordelenModel>();
        public static readonly string Vergelijken = Van<Pages.Normen.VergelijkenModel>();
    }
}
