using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Aanvragen.DwangsomBeschikking;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>
/// The beschikking tot vaststelling of the dwangsom (Awb 4:18) as a letter for printing, with its bezwaar clause (Awb 6:7,
/// 4:19). Before the dwangsom is set the page says so.
/// </summary>
public sealed class DwangsomBeschikkingModel(IMediator mediator) : PageModel
{
    public DwangsomBeschikkingView Beschikking { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new DwangsomBeschikkingInzien(id), cancellationToken) is not { } beschikking)
        {
            return NotFound();
        }

        Beschikking = beschikking;
        return Page();
    }
}
