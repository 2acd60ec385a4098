using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Gemeenteregels.Vergelijken;

namespace Socrates.Web.Pages.Beheer.Gemeenteregels;

/// <summary>Two versions of the own municipality's rules side by side, the changed values highlighted.</summary>
public sealed class VergelijkenModel(IMediator mediator) : PageModel
{
    public GemeenteregelsVergelijking Vergelijking { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int a, int b, CancellationToken cancellationToken)
    {
        var vergelijking = await mediator.Send(new GemeenteregelsVergelijken(a, b), cancellationToken);
        if (vergelijking is null)
        {
            return NotFound();
        }

        Vergelijking = vergelijking;
        return Page();
    }
}
