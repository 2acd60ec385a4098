using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Aanvragen.Beschikkingen;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>The decision letter, made for printing on A4: the snapshot taken when the besluit became final.</summary>
public sealed class BeschikkingModel(IMediator mediator) : PageModel
{
    public BeschikkingView Brief { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new BeschikkingInzien(id), cancellationToken) is not { } brief)
        {
            return NotFound();
        }

        Brief = brief;
        return Page();
    }
}
