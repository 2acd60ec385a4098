using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Aanvragen.Kop;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>
/// A page about one aanvraag (route <c>{id:int}</c>): loads its header before every handler, so a failed POST shows a
/// complete page again, and answers 404 for an aanvraag that does not exist or belongs to another municipality.
/// </summary>
public abstract class AanvraagPaginaModel(IMediator mediator) : PageModel
{
    protected IMediator Mediator => mediator;

    public AanvraagKopView Kop { get; private set; } = null!;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var id = Convert.ToInt32(RouteData.Values["id"], CultureInfo.InvariantCulture);
        if (await mediator.Send(new AanvraagKop(id), HttpContext.RequestAborted) is not { } kop)
        {
            context.Result = NotFound();
            return;
        }

        Kop = kop;
        await next();
    }
}
