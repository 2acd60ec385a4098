using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Aanvragen.Behandelen;
using Socrates.Application.Aanvragen.Besluit;
using Socrates.Application.Aanvragen.Dossier;
using Socrates.Application.Aanvragen.Notities;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>The dossier of one aanvraag: all its data, what to do next, notes and the timeline.</summary>
public sealed class DossierModel(IMediator mediator) : PageModel
{
    public DossierView Dossier { get; private set; } = null!;

    /// <summary>The bezwaren against this aanvraag's besluit (docs/bezwaar.md).</summary>
    public IReadOnlyList<Application.Bezwaren.Lijst.DossierBezwaar> Bezwaren { get; private set; } = [];

    [BindProperty]
    public NotitieToevoegen Input { get; set; } = new();

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var id = Convert.ToInt32(RouteData.Values["id"], CultureInfo.InvariantCulture);
        if (await mediator.Send(new AanvraagDossier(id), HttpContext.RequestAborted) is not { } dossier)
        {
            context.Result = NotFound();
            return;
        }

        Dossier = dossier;
        Bezwaren = await mediator.Send(new Application.Bezwaren.Lijst.BezwarenVanAanvraag(id), HttpContext.RequestAborted);
        await next();
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostNotitieAsync(int id, CancellationToken cancellationToken)
    {
        await mediator.Send(Input with { AanvraagId = id }, cancellationToken);
        TempData.ZetMelding("De notitie is opgeslagen.");
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostInBehandelingAsync(int id, int versie, CancellationToken cancellationToken)
    {
        await mediator.Send(new AanvraagInBehandelingNemen { AanvraagId = id, Versie = versie }, cancellationToken);
        TempData.ZetMelding("U heeft de aanvraag in behandeling genomen.");
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostBuitenBehandelingAsync(int id, int versie, CancellationToken cancellationToken)
    {
        var uitkomst = await mediator.Send(new BuitenBehandelingStellen { AanvraagId = id, Versie = versie }, cancellationToken);
        TempData.ZetMelding(Besluitmeldingen.Na(uitkomst, wijziging: false));
        return RedirectToPage(new { id });
    }
}
