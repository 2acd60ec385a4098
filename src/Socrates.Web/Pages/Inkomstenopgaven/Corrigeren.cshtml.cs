using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Socrates.Application.Inkomstenopgaven.Corrigeren;
using Socrates.Domain.Aanvragen;
using Socrates.Web.Navigatie;
using Socrates.Web.Weergave;

namespace Socrates.Web.Pages.Inkomstenopgaven;

/// <summary>Corrects an inkomstenopgave (its id in the route): the form starts from its values; the new opgave replaces it.</summary>
public sealed class CorrigerenModel(IMediator mediator) : PageModel
{
    public TeCorrigerenOpgaveView Te { get; private set; } = null!;

    [BindProperty]
    public InkomstenopgaveCorrigeren Input { get; set; } = new();

    public IEnumerable<SelectListItem> Gezinsleden =>
        Keuzes.Gezinsleden.Where(o => Te.Toekenning.HeeftPartner || o.Value != nameof(Gezinslid.Partner));

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var id = Convert.ToInt32(RouteData.Values["id"], CultureInfo.InvariantCulture);
        var te = await mediator.Send(new TeCorrigerenOpgave(id), HttpContext.RequestAborted);
        if (te is null)
        {
            context.Result = NotFound();
            return;
        }

        Te = te;
        await next();
    }

    public IActionResult OnGet()
    {
        var o = Te.Opgave;
        if (o.Vervangen)
        {
            TempData.ZetMelding("Deze opgave is al gecorrigeerd; corrigeer zo nodig de nieuwste.");
            return RedirectToPage("Index", new { id = Te.Toekenning.ToekenningId });
        }

        Input = new InkomstenopgaveCorrigeren
        {
            OpgaveId = o.Id, Versie = o.Versie, Van = o.Van, Werkgever = o.Werkgever, PeriodeVan = o.PeriodeVan, PeriodeTot = o.PeriodeTot,
            NettoLoon = o.NettoLoon.InEuro, BrutoLoon = o.BrutoLoon.InEuro, Vakantiegeld = o.Vakantiegeld.InEuro, Uren = o.Uren,
            Documentreferentie = o.Documentreferentie,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(Input with { OpgaveId = Te.Opgave.Id }, cancellationToken);
        TempData.ZetMelding($"De opgave over {BetaalrunTeksten.Maand(Te.Opgave.Maand)} is gecorrigeerd; de volgende betaalrun verrekent het verschil.");
        return RedirectToPage("Index", new { id = Te.Toekenning.ToekenningId });
    }
}
