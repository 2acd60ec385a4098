using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Inkomstenopgaven.Lijst;
using Socrates.Application.Inkomstenopgaven.Opgaveplicht;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Inkomstenopgaven;

/// <summary>
/// The household's opgaveplicht (toekenning id in the route): from which month up to which it hands in an inkomstenopgave every
/// month (docs/inkomsten.md). The view is loaded before every handler; another gemeente's toekenning is a 404.
/// </summary>
public sealed class OpgaveplichtModel(IMediator mediator) : PageModel
{
    public InkomstenopgavenView Opgaven { get; private set; } = null!;

    [BindProperty]
    public OpgaveplichtVastleggen Input { get; set; } = new();

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
        var plicht = Opgaven.Opgaveplicht;
        Input = new OpgaveplichtVastleggen
        {
            ToekenningId = Opgaven.ToekenningId, Versie = plicht?.Versie ?? 0,
            Vanaf = Maand.Van(plicht?.Vanaf ?? Opgaven.LaatsteMaand).ToString(), Tot = plicht?.Tot is { } tot ? Maand.Van(tot).ToString() : null,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(Input with { ToekenningId = Opgaven.ToekenningId }, cancellationToken);
        TempData.ZetMelding($"De opgaveplicht geldt vanaf {Maand.Lees(Input.Vanaf!).Voluit}"
            + (string.IsNullOrWhiteSpace(Input.Tot) ? "." : $" tot en met {Maand.Lees(Input.Tot).Voluit}."));
        return RedirectToPage("Index", new { id = Opgaven.ToekenningId });
    }
}
