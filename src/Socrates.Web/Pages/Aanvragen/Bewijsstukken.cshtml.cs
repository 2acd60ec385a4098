using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Aanvragen.Bewijsstukken;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>The checklist of documents: ask for one, mark one received.</summary>
public sealed class BewijsstukkenModel(IMediator mediator) : AanvraagFormulierModel<BewijsstukVragen>(mediator)
{
    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) =>
        VerstuurAsync(id, "Het bewijsstuk staat op de lijst.", cancellationToken, naarDossier: false);

    public async Task<IActionResult> OnPostOntvangenAsync(int id, int bewijsstukId, int versie, DateOnly? ontvangenOp, CancellationToken cancellationToken)
    {
        await Mediator.Send(new BewijsstukOntvangen { AanvraagId = id, Versie = versie, BewijsstukId = bewijsstukId, OntvangenOp = ontvangenOp }, cancellationToken);
        TempData.ZetMelding("Het bewijsstuk is als ontvangen gemarkeerd.");
        return RedirectToPage(new { id });
    }
}
