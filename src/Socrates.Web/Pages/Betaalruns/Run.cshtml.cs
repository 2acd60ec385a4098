using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Betalingen.DefinitiefMaken;
using Socrates.Application.Betalingen.Export;
using Socrates.Application.Betalingen.Overzicht;
using Socrates.Application.Betalingen.Starten;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Web.Betalingen;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Betaalruns;

/// <summary>
/// One month's run (route <c>{maand}</c> as jjjj-mm): progress while it computes, then totals and the lines with a
/// signal (paginated), "Definitief maken" under four-eyes, and the SEPA file once definitive. 404 for a month without a
/// run in this municipality. <c>?handler=Voortgang</c> answers the progress as JSON for the progress bar's script.
/// </summary>
[Authorize(Roles = "Teamleider")]
public sealed class RunModel(IMediator mediator, IHuidigeGebruiker gebruiker, BetaalrunWachtrij wachtrij) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public string Maand { get; private set; } = "";

    public BetaalrunOverzichtView Overzicht { get; private set; } = null!;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        Maand = RouteData.Values["maand"] as string ?? "";
        if (context.HandlerMethod?.Name == "Voortgang")
        {
            await next();
            return;
        }

        if (await mediator.Send(new BetaalrunOverzicht(Maand, Pagina), HttpContext.RequestAborted) is not { } overzicht)
        {
            context.Result = NotFound();
            return;
        }

        Overzicht = overzicht;
        await next();
    }

    public void OnGet()
    {
    }

    /// <summary>{"status":"Berekenen","delenKlaar":3,"delenTotaal":40,"procent":7}; 404 when the month has no run.</summary>
    public async Task<IActionResult> OnGetVoortgangAsync(CancellationToken cancellationToken) =>
        await mediator.Send(new BetaalrunVoortgang(Maand), cancellationToken) is { } voortgang
            ? new JsonResult(new { status = voortgang.Status, delenKlaar = voortgang.DelenKlaar, delenTotaal = voortgang.DelenTotaal, procent = voortgang.Procent })
            : NotFound();

    /// <summary>Computes a finished proefrun again (after correcting dossiers), or resumes one whose computation stopped.</summary>
    public async Task<IActionResult> OnPostOpnieuwAsync(CancellationToken cancellationToken)
    {
        var id = await mediator.Send(new BetaalrunStarten { Maand = Maand, Opnieuw = Overzicht.Status == Domain.Betalingen.BetaalrunStatus.Proef }, cancellationToken);
        wachtrij.Plaats(id, gebruiker.VereisteGemeente());
        TempData.ZetMelding("De proefrun wordt opnieuw berekend.");
        return RedirectToPage(new { maand = Maand });
    }

    public async Task<IActionResult> OnPostDefinitiefAsync(int versie, CancellationToken cancellationToken)
    {
        await mediator.Send(new BetaalrunDefinitiefMaken { Maand = Maand, Versie = versie }, cancellationToken);
        TempData.ZetMelding("De betaalrun is definitief. U kunt nu het SEPA-bestand downloaden.");
        return RedirectToPage(new { maand = Maand });
    }

    public async Task<IActionResult> OnGetSepaAsync(CancellationToken cancellationToken)
    {
        var bestand = await mediator.Send(new SepaExport(Maand), cancellationToken);
        return File(bestand.Inhoud, "application/xml", bestand.Bestandsnaam);
    }
}
