using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Aanvragen.Bewijsstukken;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>
/// The checklist of documents: ask for one, mark one received. The date of receipt is prefilled with today; a missing or
/// invalid date is shown next to the field of the document it was posted for (<c>Input.OntvangenOp</c>).
/// </summary>
public sealed class BewijsstukkenModel(IMediator mediator, TimeProvider klok) : AanvraagFormulierModel<BewijsstukVragen>(mediator)
{
    /// <summary>The field of the date of receipt: its ModelState key is the command's, as the error filter names it.</summary>
    public const string OntvangenOpVeld = "Input." + nameof(BewijsstukOntvangen.OntvangenOp);

    /// <summary>The document whose "Ontvangen" form was posted, so that a refused date shows next to its own field.</summary>
    [BindProperty(Name = "bewijsstukId")]
    public int? GepostBewijsstukId { get; set; }

    public DateOnly Vandaag => klok.Vandaag();

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) =>
        VerstuurAsync(id, "Het bewijsstuk staat op de lijst.", cancellationToken, naarDossier: false);

    public async Task<IActionResult> OnPostOntvangenAsync(
        int id, int versie, [FromForm(Name = OntvangenOpVeld)] DateOnly? ontvangenOp, CancellationToken cancellationToken)
    {
        await Mediator.Send(
            new BewijsstukOntvangen { AanvraagId = id, Versie = versie, BewijsstukId = GepostBewijsstukId ?? 0, OntvangenOp = ontvangenOp },
            cancellationToken);
        TempData.ZetMelding("Het bewijsstuk is als ontvangen gemarkeerd.");
        return RedirectToPage(new { id });
    }
}
