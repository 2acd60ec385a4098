using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Terugvorderingen.Overzicht;
using Socrates.Web.Exporteren;

namespace Socrates.Web.Pages.Terugvorderingen;

/// <summary>The team lead's overview per ground: open claims and saldo, collected this month; the open claims as CSV or xlsx.</summary>
public sealed class OverzichtModel(IMediator mediator) : PageModel
{
    public OverzichtView Overzicht { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Overzicht = await mediator.Send(new TerugvorderingenOverzicht(), cancellationToken);

    public async Task<IActionResult> OnGetExportAsync(Exportformaat formaat, CancellationToken cancellationToken)
    {
        var export = await mediator.Send(new TerugvorderingenOverzichtExporteren(), cancellationToken);
        return new ExportResultaat(OpenVorderingenexport.Tabel(export.Rijen), formaat);
    }


}
