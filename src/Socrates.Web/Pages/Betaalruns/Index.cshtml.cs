using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Betaalruns.Lijst;
using Socrates.Application.Betaalruns.Starten;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Web.Betalingen;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Betaalruns;

/// <summary>The municipality's monthly payment runs, and the form that starts (or resumes) a month's proefrun.</summary>
public sealed class IndexModel(IMediator mediator, IHuidigeGebruiker gebruiker, BetaalrunWachtrij wachtrij, TimeProvider klok) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    [BindProperty]
    public StartInvoer Input { get; set; } = new();

    public Pagina<BetaalrunRegelView> Lijst { get; private set; } = null!;

    public override async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Lijst = await mediator.Send(new BetaalrunLijst(Pagina), HttpContext.RequestAborted);
        await next();
    }

    public void OnGet()
    {
        var vandaag = klok.Vandaag();
        Input.Maand ??= Maand.Van(vandaag).ToString();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var id = await mediator.Send(new BetaalrunStarten { Maand = Input.Maand }, cancellationToken);
        wachtrij.Plaats(id, gebruiker.VereisteGemeente());
        TempData.ZetMelding("De proefrun is gestart; hij wordt op de achtergrond berekend.");
        return RedirectToPage("Overzicht", new { maand = Input.Maand!.Trim() });
    }

    public sealed class StartInvoer
    {
        public string? Maand { get; set; }
    }
}
