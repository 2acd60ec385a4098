using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Gemeenteregels.Voorstellen;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Beheer.Gemeenteregels;

/// <summary>
/// The municipality's local rules in force today, every version with who set it, when and why, a proposal that waits
/// for a second Beheerder (approve or reject here), and the choice of two versions to compare.
/// </summary>
public sealed class IndexModel(IMediator mediator) : GemeenteregelsPaginaModel(mediator)
{
    [BindProperty]
    public GemeenteregelsVoorstelBeoordelen Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostBeoordelenAsync(CancellationToken cancellationToken)
    {
        var versie = await Mediator.Send(Input, cancellationToken);
        TempData.ZetMelding(versie is null ? "Het voorstel is afgewezen; er is niets gewijzigd." : "Het voorstel is goedgekeurd en vastgelegd als nieuwe versie.");
        return RedirectToPage("Index");
    }
}
