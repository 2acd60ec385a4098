using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Inkomstenopgaven.Ontbrekend;
using Socrates.Application.Inkomstenopgaven.Opschorting;
using Socrates.Web.Navigatie;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Web.Pages.Inkomstenopgaven;

/// <summary>
/// The werkvoorraad of missing inkomstenopgaven (docs/inkomsten.md): per household and month whose term passed, with its
/// opschorting; from here the consulent suspends the right and prints the letter (art. 54 lid 1 en 2). The list is loaded
/// before every handler, so a refused opschorting comes back with the list and the message.
/// </summary>
public sealed class OntbrekendModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    [BindProperty]
    public OpschortingBesluiten Input { get; set; } = new();

    public Pagina<OntbrekendeOpgave> Ontbrekend { get; private set; } = null!;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Ontbrekend = await mediator.Send(new OntbrekendeOpgaven(Pagina), HttpContext.RequestAborted);
        await next();
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await mediator.Send(Input, cancellationToken);
        TempData.ZetMelding($"De bijstand is opgeschort vanaf 1 {Maand.Lees(Input.Maand!).Voluit}. Druk de brief af en verstuur hem.");
        return RedirectToPage("Opschorting", new { id });
    }
}
