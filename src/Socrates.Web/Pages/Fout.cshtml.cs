using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Socrates.Web.Pages;

/// <summary>
/// The error page for unexpected errors and for status codes (404, 403, …). It shows a reference for the service desk,
/// never details of the error.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class FoutModel : PageModel
{
    public int Code { get; private set; } = StatusCodes.Status500InternalServerError;

    public string Referentie { get; private set; } = "";

    public string Titel => Code switch
    {
        StatusCodes.Status404NotFound => "Pagina niet gevonden",
        StatusCodes.Status403Forbidden => "Geen toegang",
        StatusCodes.Status400BadRequest => "Het verzoek is niet goed ontvangen",
        StatusCodes.Status405MethodNotAllowed => "Deze handeling is hier niet mogelijk",
        _ => "Er ging iets mis",
    };

    public string Uitleg => Code switch
    {
        StatusCodes.Status404NotFound => "Deze pagina of dit dossier bestaat niet, of hoort niet bij uw gemeente.",
        StatusCodes.Status403Forbidden => "U heeft met uw rol geen toegang tot deze pagina.",
        StatusCodes.Status400BadRequest => "Ververs de pagina en probeer het opnieuw.",
        StatusCodes.Status405MethodNotAllowed => "Ga terug en probeer het opnieuw via het formulier.",
        _ => "Er is een onverwachte fout opgetreden. Er is niets opgeslagen van wat u deed. Probeer het opnieuw; blijft het misgaan, geef dan de referentie hieronder door aan de servicedesk.",
    };

    public void OnGet(int? code) => Vul(code);

    public void OnPost(int? code) => Vul(code);

    private void Vul(int? code)
    {
        Code = code is >= 400 and < 600 ? code.Value : StatusCodes.Status500InternalServerError;
        Referentie = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        Response.StatusCode = Code;
    }
}
