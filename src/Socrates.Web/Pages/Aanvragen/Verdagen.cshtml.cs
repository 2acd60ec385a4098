using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Aanvragen.Termijnen;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>Extends the beslistermijn once, before it ends, with a reason (Awb 4:14 lid 3).</summary>
[Authorize(Policy = Configuration.Beleid.Consulent)]
public sealed class VerdagenModel(IMediator mediator) : AanvraagPaginaModel(mediator)
{
    [BindProperty]
    public BeslistermijnVerdagen Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        await Mediator.Send(Input with { AanvraagId = id, Versie = Kop.Versie }, cancellationToken);
        TempData.ZetMelding("De beslistermijn is verdaagd. Laat de aanvrager dit schriftelijk weten.");
        return RedirectToPage("Dossier", new { id });
    }
}
