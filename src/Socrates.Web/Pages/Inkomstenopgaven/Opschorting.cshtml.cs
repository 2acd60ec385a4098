using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Inkomstenopgaven.Opschorting;

namespace Socrates.Web.Pages.Inkomstenopgaven;

/// <summary>
/// An opschorting (its id in the route): its stand and the letter that suspends the right and gives the hersteltermijn
/// (art. 54 lid 1 en 2 Participatiewet), printable on A4. After the term the consulent prepares the intrekking (lid 4).
/// </summary>
public sealed class OpschortingModel(IMediator mediator) : PageModel
{
    public OpschortingBriefView Brief { get; private set; } = null!;

    public static CultureInfo Nederlands { get; } = CultureInfo.GetCultureInfo("nl-NL");

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await mediator.Send(new OpschortingBrief(id), cancellationToken) is not { } brief)
        {
            return NotFound();
        }

        Brief = brief;
        return Page();
    }
}
