using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Normen.Voorstellen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Normen;

/// <summary>
/// A new normenset on one page, prefilled with the set in force today (<c>HuidigeNormen</c>): every amount grouped by
/// article, the AOW ages per year, the ingangsdatum and the source. Every message of the validator comes back at once, at
/// its field; the 10 % confirmation appears when the validator asks for it. Another Normbeheerder approves the proposal.
/// </summary>
public sealed class VoorstellenModel(IMediator mediator, TimeProvider klok) : PageModel
{
    /// <summary>Empty rows under the AOW ages, for a new year.</summary>
    public const int LegeAowRijen = 2;

    [BindProperty]
    public NormensetVoorstellen Input { get; set; } = new();

    /// <summary>The 10 % confirmation is shown once the validator asked for it (or it was ticked).</summary>
    public bool ToonBevestiging =>
        Input.AfwijkingenBevestigd
        || (ModelState.TryGetValue("Input." + nameof(NormensetVoorstellen.AfwijkingenBevestigd), out var staat) && staat.Errors.Count > 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var vandaag = klok.Vandaag();
        var volgende = vandaag.Month < 7 ? new DateOnly(vandaag.Year, 7, 1) : new DateOnly(vandaag.Year + 1, 1, 1);
        Input = await mediator.Send(new HuidigeNormen(), cancellationToken) with { Ingangsdatum = volgende };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await mediator.Send(Input, cancellationToken);
        TempData.ZetMelding($"De normenset vanaf {Input.Ingangsdatum:dd-MM-yyyy} is voorgesteld. Een andere normbeheerder moet hem goedkeuren voordat hij geldt.");
        return RedirectToPage(Paginas.Normen.Beoordelen, new { id });
    }
}
