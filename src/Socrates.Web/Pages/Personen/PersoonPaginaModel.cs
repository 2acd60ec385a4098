using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Personen.Details;

namespace Socrates.Web.Pages.Personen;

/// <summary>
/// A page about one person (route <c>{id:int}</c>): loads the person before every handler, so a failed POST shows a
/// complete page again, and answers 404 for a person of another municipality.
/// </summary>
public abstract class PersoonPaginaModel(IMediator mediator) : PageModel
{
    protected IMediator Mediator => mediator;

    public PersoonDetailsView Persoon { get; private set; } = null!;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var id = Convert.ToInt32(RouteData.Values["id"], CultureInfo.InvariantCulture);
        if (await mediator.Send(new PersoonDetails(id), HttpContext.RequestAborted) is not { } persoon)
        {
            context.Result = NotFound();
            return;
        }

        Persoon = persoon;
        await next();
    }
}
