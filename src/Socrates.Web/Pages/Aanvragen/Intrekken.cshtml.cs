using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Aanvragen.Intrekken;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>Records that the aanvrager withdrew the aanvraag, with the reason.</summary>
[Authorize(Policy = Configuration.Beleid.Consulent)]
public sealed class IntrekkenModel(IMediator mediator) : AanvraagPaginaModel(mediator)
{
    [BindProperty]
    public AanvraagIntrekken Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        await Mediator.Send(Input with { AanvraagId = id, Versie = Kop.Versie }, cancellationToken);
        TempData.ZetMelding("De aanvraag is ingetrokken.");
        return RedirectToPage("Dossier", new { id });
    }
}
