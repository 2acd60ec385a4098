using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Bezwaren.Details;

namespace Socrates.Web.Pages.Bezwaren;

/// <summary>
/// A page about one bezwaar (route <c>{id:int}</c>): loads it before every handler, so a failed POST shows the complete page
/// again, and answers 404 for a bezwaar that does not exist or belongs to another municipality.
/// </summary>
public abstract class BezwaarPaginaModel(IMediator mediator) : PageModel
{
    protected IMediator Mediator => mediator;

    public BezwaarView Bezwaar { get; private set; } = null!;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var id = Convert.ToInt32(RouteData.Values["id"], CultureInfo.InvariantCulture);
        if (await mediator.Send(new BezwaarOpvragen(id), HttpContext.RequestAborted) is not { } bezwaar)
        {
            context.Result = NotFound();
            return;
        }

        Bezwaar = bezwaar;
        await next();
    }
}
