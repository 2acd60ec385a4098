using Mediator;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Gemeenteregels.Lijst;

namespace Socrates.Web.Pages.Beheer.Gemeenteregels;

/// <summary>A page about the municipality's rules: the overview (rules in force, versions, open proposal) is loaded for every handler, so a refused POST re-renders complete.</summary>
public abstract class GemeenteregelsPaginaModel(IMediator mediator) : PageModel
{
    protected IMediator Mediator => mediator;

    public GemeenteregelsOverzicht Overzicht { get; private set; } = null!;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Overzicht = await mediator.Send(new GeldendeGemeenteregels(), HttpContext.RequestAborted);
        await next();
    }
}
