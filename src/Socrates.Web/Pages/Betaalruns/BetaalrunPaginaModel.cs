using Mediator;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Betaalruns.Overzicht;

namespace Socrates.Web.Pages.Betaalruns;

/// <summary>
/// A page about one month's run (route <c>{maand}</c> as jjjj-mm): the run's overview is loaded before every handler, so a
/// re-rendered failed POST is complete; 404 for a month without a run in this municipality.
/// </summary>
public abstract class BetaalrunPaginaModel(IMediator mediator) : PageModel
{
    protected IMediator Mediator { get; } = mediator;

    public string Maand { get; private set; } = "";

    public BetaalrunOverzichtView Overzicht { get; private set; } = null!;

    /// <summary>Which page of lines to load with the overview; null when the handler needs no overview.</summary>
    protected virtual BetaalrunOverzicht? Vraag(PageHandlerExecutingContext context) => new(Maand);

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        Maand = RouteData.Values["maand"] as string ?? "";
        if (Vraag(context) is { } vraag)
        {
            if (await Mediator.Send(vraag, HttpContext.RequestAborted) is not { } overzicht)
            {
                context.Result = NotFound();
                return;
            }

            Overzicht = overzicht;
        }

        await next();
    }
}
