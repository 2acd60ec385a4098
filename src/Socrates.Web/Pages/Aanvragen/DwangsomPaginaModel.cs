using Mediator;
using Microsoft.AspNetCore.Mvc.Filters;
using Socrates.Application.Aanvragen.DwangsomVaststellen;
using Socrates.Application.Aanvragen.Gemeenschappelijk;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>
/// A form on the dwangsom of an aanvraag (Awb 4:17–4:18): loads where it stands and what was decided before every handler,
/// so a failed POST shows the same page again. Without an ingebrekestelling there is no dwangsom: the page says so, and the
/// domain refuses a POST.
/// </summary>
public abstract class DwangsomPaginaModel<TOpdracht>(IMediator mediator) : AanvraagFormulierModel<TOpdracht>(mediator)
    where TOpdracht : AanvraagOpdracht, new()
{
    /// <summary>Null without an ingebrekestelling.</summary>
    public DwangsomView? Dwangsom { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        await base.OnPageHandlerExecutionAsync(context, async () =>
        {
            Dwangsom = await Mediator.Send(new DwangsomOpvragen(Kop.Id), HttpContext.RequestAborted);
            return await next();
        });
    }
}
