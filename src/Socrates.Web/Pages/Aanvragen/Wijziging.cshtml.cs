using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Socrates.Application.Aanvragen.Wijziging;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>
/// Registers a change in the running toekenning of this dossier from a date: a new wijziging with a copy of the
/// household, which the consulent then brings up to date and decides on.
/// </summary>
public sealed class WijzigingModel(IMediator mediator) : AanvraagPaginaModel(mediator)
{
    [BindProperty]
    public WijzigingRegistreren Input { get; set; } = new();

    public LopendeToekenningView? Toekenning { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        await base.OnPageHandlerExecutionAsync(context, async () =>
        {
            Toekenning = await Mediator.Send(new LopendeToekenning(Kop.Id), HttpContext.RequestAborted);
            return await next();
        });
    }

    /// <summary>From the AOW signal: <paramref name="soort"/> is prefilled (the date then follows from the birth dates).</summary>
    /// <remarks>
    /// From an opschorting whose hersteltermijn passed (<paramref name="opschorting"/>): the intrekking from its first day
    /// (art. 54 lid 4) is prefilled; the consulent then proposes the beëindiging.
    /// </remarks>
    /// <remarks>
    /// From a bezwaar whose beslissing herroeped the toekenning or herziening of this dossier (<paramref name="bezwaar"/>, Awb 7:11
    /// lid 2): the wijziging from the toekenning's ingangsdatum, with the bezwaar's kenmerk as its reason, is prefilled.
    /// </remarks>
    public async Task<IActionResult> OnGetAsync(int id, Socrates.Domain.Aanvragen.Wijzigingsoort? soort, int? opschorting, int? bezwaar)
    {
        if (Toekenning is null)
        {
            return RedirectToPage(Paginas.Aanvragen.Dossier, new { id });
        }

        if (bezwaar is { } bezwaarId
            && (await Mediator.Send(new Application.Bezwaren.Lijst.BezwarenVanAanvraag(id), HttpContext.RequestAborted))
                .FirstOrDefault(b => b.Id == bezwaarId && b.ViaWijziging && b.Status == Socrates.Domain.Bezwaren.BezwaarStatus.HerroepingUitvoeren) is { } herroeping)
        {
            Input = Input with
            {
                BezwaarId = herroeping.Id, Soort = Socrates.Domain.Aanvragen.Wijzigingsoort.Overig, Wijzigingsdatum = Toekenning.Ingangsdatum,
                Omschrijving = $"Herroeping na bezwaar {herroeping.Kenmerk}: het besluit is herroepen (Awb 7:11 lid 2); het nieuwe besluit gaat in op de ingangsdatum van het bestreden besluit.",
            };
        }
        else if (soort == Socrates.Domain.Aanvragen.Wijzigingsoort.AowLeeftijd)
        {
            Input = Input with { Soort = soort, Omschrijving = "De AOW-leeftijd wordt bereikt: vanaf die dag verleent de SVB de bijstand (art. 47a lid 1)." };
        }
        else if (opschorting is { } opschortingId
                 && await Mediator.Send(new Application.Inkomstenopgaven.Opschorting.OpschortingBrief(opschortingId), HttpContext.RequestAborted) is { TermijnVerstreken: true } brief)
        {
            Input = Input with
            {
                Soort = Socrates.Domain.Aanvragen.Wijzigingsoort.Overig, Wijzigingsdatum = brief.Maand,
                Omschrijving = $"Verzuim niet hersteld: de inkomstenopgave over {brief.Maand:MM-yyyy} is niet binnen de hersteltermijn "
                    + $"(tot en met {brief.HerstelUiterlijk:dd-MM-yyyy}) ingeleverd. Intrekking met ingang van de eerste dag van de opschorting (art. 54 lid 4).",
            };
        }

        return Toekenning.OpenWijzigingId is { } open ? RedirectToPage(Paginas.Aanvragen.Dossier, new { id = open }) : Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (Toekenning is null)
        {
            return RedirectToPage(Paginas.Aanvragen.Dossier, new { id });
        }

        var wijziging = await Mediator.Send(Input with { ToekenningId = Toekenning.Id }, cancellationToken);
        TempData.ZetMelding("De wijziging is geregistreerd. Pas het huishouden aan en bekijk de herberekening; stel daarna een besluit voor.");
        return RedirectToPage(Paginas.Aanvragen.Dossier, new { id = wijziging });
    }
}
