using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Aanvragen.Termijnen;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>Gives the aanvrager time to hand in what is missing (Awb 4:5); the beslistermijn stands still (Awb 4:15).</summary>
[Authorize(Policy = Configuration.Beleid.Consulent)]
public sealed class HersteltermijnModel(IMediator mediator) : AanvraagPaginaModel(mediator)
{
    [BindProperty]
    public HersteltermijnInstellen Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        await Mediator.Send(Input with { AanvraagId = id, Versie = Kop.Versie }, cancellationToken);
        TempData.ZetMelding("De hersteltermijn is vastgelegd; de beslistermijn is opgeschort.");
        return RedirectToPage("Dossier", new { id });
    }
}
