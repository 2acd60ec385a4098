using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Beheer.Vernietiging.Verlengen;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Beheer.Vernietiging;

/// <summary>
/// One dossier's retention: its vernietigingsdatum and what it comes from, what blocks destruction, the extensions made;
/// and a form to keep it longer, with a reason (audited).
/// </summary>
public sealed class VerlengenModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty]
    public BewaartermijnVerlengen Input { get; set; } = new();

    public BewaartermijnDossierView? Dossier { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Dossier = Id > 0 ? await mediator.Send(new BewaartermijnDossier { PersoonId = Id }, HttpContext.RequestAborted) : null;
        await next();
    }

    public IActionResult OnGet() => Dossier is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Dossier is null)
        {
            return NotFound();
        }

        await mediator.Send(Input with { PersoonId = Id }, cancellationToken);
        TempData.ZetMelding($"Het dossier wordt bewaard tot ten minste {Input.Tot:dd-MM-yyyy}.");
        return RedirectToPage(new { id = Id });
    }
}
