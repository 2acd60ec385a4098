using Mediator;
using Microsoft.AspNetCore.Mvc.Filters;
using Socrates.Application.Aanvragen.DwangsomVaststellen;
using Socrates.Application.Aanvragen.Gemeenschappelijk;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>
/// A form on the dwangsom of an aanvraag (Awb 4:17–4:18): loads where it stands and what was decided before every handler,
/// so a failed POST shows the same page again; an aanvraag without an ingebrekestelling has no dwangsom (404).
/// </summary>
public abstract class DwangsomPaginaModel<TOpdracht>(IMediator mediator) : AanvraagFormulierModel<TOpdracht>(mediator)
    where TOpdracht : AanvraagOpdracht, new()
{
    public DwangsomView Dwangsom { get; private set; } = null!;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        await base.OnPageHandlerExecutionAsync(context, async () =>
        {
            if (await Mediator.Send(new DwangsomOpvragen(Kop.Id), HttpContext.RequestAborted) is not { } dwangsom)
            {
                context.Result = NotFound();
                return null!;
            }

            Dwangsom = dwangsom;
            return await next();
        });
    }
}
