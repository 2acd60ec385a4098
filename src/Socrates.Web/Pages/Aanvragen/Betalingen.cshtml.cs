using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Betalingen.Specificatie;
using Socrates.Web.Exporteren;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>
/// The household's payment ledger (docs/betalingen.md): per month what was due, what each definitive run paid, nabetaald,
/// teruggevorderd and a running saldo, newest first; the vakantietoeslag reservation; the lines of an open proefrun; all
/// months as CSV or xlsx (<c>?handler=Export</c>, audited).
/// </summary>
public sealed class BetalingenModel(IMediator mediator) : AanvraagPaginaModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public SpecificatieView Specificatie { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken cancellationToken) =>
        Specificatie = await Mediator.Send(new BetalingSpecificatie(id, Pagina), cancellationToken);

    /// <summary>All months (not one page) of this household, as CSV or xlsx.</summary>
    public Exportlinks Exportlinks => new(
        Navigatie.Paginas.Aanvragen.Betalingen,
        new Dictionary<string, string> { ["id"] = Kop.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public async Task<IActionResult> OnGetExportAsync(int id, Exportformaat formaat, CancellationToken cancellationToken)
    {
        var export = await Mediator.Send(new BetalingenExporteren(id), cancellationToken);
        return new ExportResultaat(Betalingenexport.Tabel(id, export.Rijen), formaat);
    }
}
