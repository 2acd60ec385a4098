using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Betaalruns.DefinitiefMaken;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Betaalruns;

/// <summary>
/// The confirmation step of "Definitief maken" (issue #18.5): the run's totals, the count of its lines, nabetalingen,
/// eindafrekeningen and signals, and a checkbox that must be ticked; refused at the field otherwise, refused for the team
/// lead who started the proefrun (four-eyes). 404 for a month without a run in this municipality.
/// </summary>
public sealed class DefinitiefMakenModel(IMediator mediator) : BetaalrunPaginaModel(mediator)
{
    [BindProperty]
    public Bevestiging Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(new BetaalrunDefinitiefMaken { Maand = Maand, Versie = Input.Versie, Bevestigd = Input.Bevestigd }, cancellationToken);
        TempData.ZetMelding("De betaalrun is definitief. U kunt nu het SEPA-bestand downloaden.");
        return RedirectToPage("Overzicht", new { maand = Maand });
    }

    public sealed class Bevestiging
    {
        public int Versie { get; set; }

        public bool Bevestigd { get; set; }
    }
}
