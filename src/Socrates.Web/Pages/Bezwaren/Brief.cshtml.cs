using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Bezwaren.Brief;

namespace Socrates.Web.Pages.Bezwaren;

/// <summary>The letter of the beslissing op bezwaar, with its motivering, outcome and the beroep clause (Awb 8:1, 6:7).</summary>
public sealed class BriefModel(IMediator mediator) : PageModel
{
    public BriefView Brief { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new BeslissingOpBezwaarInzien(id), cancellationToken) is not { } brief)
        {
            return NotFound();
        }

        Brief = brief;
        return Page();
    }
}
