using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Beheer.Vernietiging.Details;
using Socrates.Application.Beheer.Vernietiging.Goedkeuren;
using Socrates.Application.Beheer.Vernietiging.Uitvoeren;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Beheer.Vernietiging;

/// <summary>
/// One vernietigingslijst: its dossiers (paged), approval by a second Beheerder (the one who drew it up sees no button, and
/// the domain refuses him anyway), and carrying it out, <see cref="VernietigingslijstUitvoeren.Aantal"/> dossiers a step.
/// </summary>
public sealed class DetailsModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    [BindProperty]
    public VernietigingslijstGoedkeuren Input { get; set; } = new();

    public VernietigingslijstView? Lijst { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Lijst = Id > 0 ? await mediator.Send(new VernietigingslijstDetails { Id = Id, Pagina = Pagina is > 0 ? Pagina : null }, HttpContext.RequestAborted) : null;
        await next();
    }

    public IActionResult OnGet() => Id <= 0 ? RedirectToPage("Index") : Lijst is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(Input with { Id = Id }, cancellationToken);
        TempData.ZetMelding("De vernietigingslijst is goedgekeurd. Voer haar nu uit.");
        return RedirectToPage(new { id = Id });
    }

    public async Task<IActionResult> OnPostUitvoerenAsync(int versie, CancellationToken cancellationToken)
    {
        var rest = await mediator.Send(new VernietigingslijstUitvoeren { Id = Id, Versie = versie }, cancellationToken);
        TempData.ZetMelding(rest == 0
            ? "De vernietigingslijst is uitgevoerd."
            : $"Een stap is uitgevoerd; nog {rest} dossiers te doen. Klik nogmaals om verder te gaan.");
        return RedirectToPage(new { id = Id });
    }
}
