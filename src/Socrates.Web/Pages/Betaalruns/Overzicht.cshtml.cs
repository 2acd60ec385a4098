using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Socrates.Application.Betaalruns.Export;
using Socrates.Application.Betaalruns.Overzicht;
using Socrates.Application.Betaalruns.Starten;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Web.Betalingen;
using Socrates.Web.Exporteren;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Betaalruns;

/// <summary>
/// One month's run (route <c>{maand}</c> as jjjj-mm): progress while it computes, then totals, the count per signal and
/// all payment lines (paged on the server; searched by name, BSN or the IBAN's last four through a POST, so no personal
/// data reaches a URL), a link to the confirmation step that makes it definitive under four-eyes (<c>DefinitiefMaken</c>), and the
/// SEPA file once definitive. 404 for a month without a run in this municipality. <c>?handler=Voortgang</c> answers the
/// progress as JSON for the progress bar's script.
/// </summary>
public sealed class OverzichtModel(IMediator mediator, IHuidigeGebruiker gebruiker, BetaalrunWachtrij wachtrij) : BetaalrunPaginaModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool AlleenSignalen { get; set; }

    /// <summary>Only posted (a name or a BSN never goes in a URL).</summary>
    [BindProperty]
    public string? Zoekterm { get; set; }

    protected override BetaalrunOverzicht? Vraag(PageHandlerExecutingContext context) =>
        context?.HandlerMethod?.Name switch
        {
            "Voortgang" or "Export" => null,
            "Zoeken" => new BetaalrunOverzicht(Maand, Pagina, Zoekterm, AlleenSignalen),
            _ => new BetaalrunOverzicht(Maand, Pagina, null, AlleenSignalen),
        };

    public void OnGet()
    {
    }

    /// <summary>The lines found by the posted term (and page): rendered at once, not redirected, so the term stays out of the URL.</summary>
    public IActionResult OnPostZoeken() => Page();

    /// <summary>{"status":"Berekenen","delenKlaar":3,"delenTotaal":40,"procent":7}; 404 when the month has no run.</summary>
    public async Task<IActionResult> OnGetVoortgangAsync(CancellationToken cancellationToken) =>
        await Mediator.Send(new BetaalrunVoortgang(Maand), cancellationToken) is { } voortgang
            ? new JsonResult(new { status = voortgang.Status, delenKlaar = voortgang.DelenKlaar, delenTotaal = voortgang.DelenTotaal, procent = voortgang.Procent })
            : NotFound();

    /// <summary>Computes a finished proefrun again (after correcting dossiers), or resumes one whose computation stopped.</summary>
    public async Task<IActionResult> OnPostOpnieuwAsync(CancellationToken cancellationToken)
    {
        var id = await Mediator.Send(new BetaalrunStarten { Maand = Maand, Opnieuw = Overzicht.Status == Domain.Betalingen.BetaalrunStatus.Proef }, cancellationToken);
        wachtrij.Plaats(id, gebruiker.VereisteGemeente());
        TempData.ZetMelding("De proefrun wordt opnieuw berekend.");
        return RedirectToPage(new { maand = Maand });
    }

    /// <summary>
    /// The lines with the search and the signal filter on screen, every page, as CSV or xlsx: posted, like the search, so
    /// a name or a BSN never reaches a URL. Audited by the query.
    /// </summary>
    public async Task<IActionResult> OnPostExportAsync(Exportformaat formaat, CancellationToken cancellationToken) =>
        await Mediator.Send(new BetaalregelsExporteren(Maand, Zoekterm, AlleenSignalen), cancellationToken) is { } export
            ? new ExportResultaat(Betaalregelsexport.Tabel(Maand, AlleenSignalen, export.Rijen), formaat)
            : NotFound();

    public async Task<IActionResult> OnGetSepaAsync(CancellationToken cancellationToken)
    {
        var bestand = await Mediator.Send(new SepaExport(Maand), cancellationToken);
        return File(bestand.Inhoud, "application/xml", bestand.Bestandsnaam);
    }
}
