using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Socrates.Application.Inkomstenopgaven.Lijst;
using Socrates.Application.Inkomstenopgaven.Registreren;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Web.Navigatie;
using Socrates.Web.Weergave;

namespace Socrates.Web.Pages.Inkomstenopgaven;

/// <summary>
/// The inkomstenopgaven of a toekenning (its id in the route): per month what each person earned, how it was settled, and
/// the form to register the next loonstrook (docs/inkomsten.md). The view is loaded before every handler, so a refused
/// POST comes back complete, and another gemeente's toekenning is a 404.
/// </summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public InkomstenopgavenView Opgaven { get; private set; } = null!;

    [BindProperty]
    public InkomstenopgaveRegistreren Input { get; set; } = new();

    public IEnumerable<SelectListItem> Gezinsleden =>
        Keuzes.Gezinsleden.Where(o => Opgaven.HeeftPartner || o.Value != nameof(Gezinslid.Partner));

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var id = Convert.ToInt32(RouteData.Values["id"], CultureInfo.InvariantCulture);
        var opgaven = await mediator.Send(new InkomstenopgavenOpvragen(id), HttpContext.RequestAborted);
        if (opgaven is null)
        {
            context.Result = NotFound();
            return;
        }

        Opgaven = opgaven;
        await next();
    }

    public void OnGet()
    {
        // The month most often entered: the last one that has ended (the loonstrook comes after the month).
        var maand = Maand.Van(Opgaven.LaatsteMaand.AddMonths(-1) < Opgaven.EersteMaand ? Opgaven.EersteMaand : Opgaven.LaatsteMaand.AddMonths(-1));
        Input = new InkomstenopgaveRegistreren
        {
            ToekenningId = Opgaven.ToekenningId, Maand = maand.ToString(), Van = Opgaven.HeeftPartner ? null : Gezinslid.Aanvrager,
            PeriodeVan = maand.Eerste, PeriodeTot = maand.Laatste,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(Input with { ToekenningId = Opgaven.ToekenningId }, cancellationToken);
        TempData.ZetMelding($"De inkomstenopgave over {Maand.Lees(Input.Maand!).Voluit} is geregistreerd; de volgende betaalrun verrekent haar.");
        return RedirectToPage(new { id = Opgaven.ToekenningId });
    }
}
