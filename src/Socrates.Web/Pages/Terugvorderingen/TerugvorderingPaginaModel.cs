using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Terugvorderingen.Details;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Web.Pages.Terugvorderingen;

/// <summary>
/// A page about one claim (route <c>{id:int}</c>): loads it before every handler, so a failed POST shows a complete page
/// again, and answers 404 for a claim that does not exist or belongs to another municipality.
/// </summary>
public abstract class TerugvorderingPaginaModel(IMediator mediator) : PageModel
{
    protected IMediator Mediator => mediator;

    public TerugvorderingDetailsView Details { get; private set; } = null!;

    public Terugvordering Vordering => Details.Vordering;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var id = Convert.ToInt32(RouteData.Values["id"], CultureInfo.InvariantCulture);
        if (await mediator.Send(new TerugvorderingDetails(id), HttpContext.RequestAborted) is not { } details)
        {
            context.Result = NotFound();
            return;
        }

        Details = details;
        await next();
    }
}
