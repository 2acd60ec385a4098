using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Audit.Lijst;
using Socrates.Web.Exporteren;

namespace Socrates.Web.Pages.Beheer.Audit;

/// <summary>
/// The own municipality's audit trail: filter by user, period, action and dossier (in the query string: ids, dates
/// and names of actions only), paged on the server, and exported as CSV or xlsx. Every read and export is itself audited.
/// </summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditRegelsZoeken Input { get; set; } = new();

    public AuditOverzicht? Overzicht { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Overzicht = await mediator.Send(Input, cancellationToken);

    public async Task<IActionResult> OnGetExportAsync(Exportformaat formaat, CancellationToken cancellationToken)
    {
        var export = await mediator.Send(
            new AuditExporteren { Gebruiker = Input.Gebruiker, Van = Input.Van, Tot = Input.Tot, Actie = Input.Actie, Dossier = Input.Dossier },
            cancellationToken);
        return new ExportResultaat(Auditexport.Tabel(export.Rijen), formaat);
    }

    public Exportlinks Exportlinks => new(Navigatie.Paginas.Beheer.Audit, Filter());

    /// <summary>The current filter as route values, for the pager and the export link.</summary>
    public Dictionary<string, string> Filter(int? pagina = null)
    {
        var waarden = new Dictionary<string, string>(StringComparer.Ordinal);
        void Zet(string naam, string? waarde)
        {
            if (!string.IsNullOrEmpty(waarde))
            {
                waarden[naam] = waarde;
            }
        }

        Zet("Input.Gebruiker", Input.Gebruiker);
        Zet("Input.Van", Input.Van?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Zet("Input.Tot", Input.Tot?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Zet("Input.Actie", Input.Actie);
        Zet("Input.Dossier", Input.Dossier?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Zet("Input.Pagina", pagina?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return waarden;
    }
}
