using System.Text;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Terugvorderingen.Overzicht;

namespace Socrates.Web.Pages.Terugvorderingen;

/// <summary>The team lead's overview per ground: open claims and saldo, collected this month; the open claims as CSV.</summary>
public sealed class OverzichtModel(IMediator mediator) : PageModel
{
    public OverzichtView Overzicht { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Overzicht = await mediator.Send(new TerugvorderingenOverzicht(), cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var csv = await mediator.Send(new TerugvorderingenExport(), cancellationToken);
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray(), "text/csv; charset=utf-8", "terugvorderingen.csv");
    }
}
