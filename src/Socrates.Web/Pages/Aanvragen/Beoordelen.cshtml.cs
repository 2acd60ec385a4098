using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Aanvragen.Besluiten;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>A team lead approves or sends back a proposed decision (four-eyes).</summary>
[Authorize(Policy = Configuration.Beleid.Teamleider)]
public sealed class BeoordelenModel(IMediator mediator) : AanvraagPaginaModel(mediator)
{
    [BindProperty]
    public BesluitBeoordelen Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        await Mediator.Send(Input with { AanvraagId = id, Versie = Kop.Versie }, cancellationToken);
        TempData.ZetMelding(Input.Goedgekeurd == true ? "Het besluit is goedgekeurd." : "Het voorstel is teruggestuurd naar de consulent.");
        return RedirectToPage("Dossier", new { id });
    }
}
