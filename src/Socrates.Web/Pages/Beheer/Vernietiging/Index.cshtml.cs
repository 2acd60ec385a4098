using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Beheer.Vernietiging.Lijst;
using Socrates.Application.Beheer.Vernietiging.Opstellen;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Beheer.Vernietiging;

/// <summary>
/// Retention and destruction (Archiefwet 1995; selection list): the own municipality's dossiers whose term has passed,
/// paged, each with what still blocks it; the vernietigingslijsten; and the button that draws up a new list.
/// </summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public VernietigingslijstOpstellen Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public VernietigingOverzichtView Overzicht { get; private set; } = null!;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Overzicht = await mediator.Send(new VernietigingOverzicht { Pagina = Pagina is > 0 ? Pagina : null }, HttpContext.RequestAborted);
        await next();
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await mediator.Send(Input with { Getoond = Overzicht.Verstreken.Totaal }, cancellationToken);
        TempData.ZetMelding("De vernietigingslijst is opgesteld. Een tweede beheerder keurt haar goed; daarna kan zij worden uitgevoerd.");
        return RedirectToPage(Paginas.Beheer.Vernietigingslijst, new { id });
    }
}
