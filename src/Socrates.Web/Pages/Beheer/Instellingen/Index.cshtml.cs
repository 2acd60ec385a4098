using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Gemeenten.Instellingen;
using Socrates.Application.Gemeenten.Voorstellen;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Beheer.Instellingen;

/// <summary>
/// The municipality's local rules in force today, every version with who set it, when and why, a proposal that waits
/// for a second Beheerder (approve or reject here), and the choice of two versions to compare.
/// </summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public InstellingenOverzicht Overzicht { get; private set; } = null!;

    [BindProperty]
    public InstellingenVoorstelBeoordelen Input { get; set; } = new();

    public override async Task OnPageHandlerExecutionAsync(
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Overzicht = await mediator.Send(new GeldendeInstellingen(), HttpContext.RequestAborted);
        await next();
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostBeoordelenAsync(CancellationToken cancellationToken)
    {
        var versie = await mediator.Send(Input, cancellationToken);
        TempData.ZetMelding(versie is null ? "Het voorstel is afgewezen; er is niets gewijzigd." : "Het voorstel is goedgekeurd en vastgelegd als nieuwe versie.");
        return RedirectToPage("Index");
    }
}
