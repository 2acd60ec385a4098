using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Normen.Beoordelen;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Normen;

/// <summary>
/// One normenset: side by side with the set in force before its ingangsdatum (differences marked, with percentage), its
/// history, and for a proposal goedkeuren (the version the page showed is checked) or afwijzen with a reason. The proposer
/// sees the page without the buttons; the domain refuses his decision anyway (four-eyes).
/// </summary>
public sealed class BeoordelenModel(IMediator mediator, Betalingen.IndexeringWachtrij indexering) : PageModel
{
    public NormensetBeoordelingView Beoordeling { get; private set; } = null!;

    /// <summary>The rejection (its reason is the form's one field; its messages come back at <c>Input.Reden</c>).</summary>
    [BindProperty]
    public NormensetAfwijzen Input { get; set; } = new();

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var id = Convert.ToInt32(RouteData.Values["id"], System.Globalization.CultureInfo.InvariantCulture);
        Beoordeling = await mediator.Send(new NormensetBeoordeling(id), HttpContext.RequestAborted);
        await next();
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostGoedkeurenAsync(int id, int versie, CancellationToken cancellationToken)
    {
        await mediator.Send(new NormensetGoedkeuren { Id = id, Versie = versie }, cancellationToken);
        indexering.Meld();
        TempData.ZetMelding($"De normenset vanaf {Beoordeling.Set.Ingangsdatum:dd-MM-yyyy} is goedgekeurd. Socrates rekent er vanaf die datum mee; "
                            + "maanden die al zijn betaald worden herberekend (indexering) en de volgende betaalrun betaalt het verschil na.");
        return RedirectToPage(Paginas.Normen.Index);
    }

    public async Task<IActionResult> OnPostAfwijzenAsync(int id, CancellationToken cancellationToken)
    {
        await mediator.Send(Input with { Id = id }, cancellationToken);
        TempData.ZetMelding($"De normenset vanaf {Beoordeling.Set.Ingangsdatum:dd-MM-yyyy} is afgewezen.");
        return RedirectToPage(Paginas.Normen.Index);
    }
}
