using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Aanvragen.Huishouden.Gegevens;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Aanvragen.Huishouden;

/// <summary>
/// What the six household pages share: the aanvraag from the route, its household loaded before every handler (so a
/// refused POST is shown again complete, or 404 for an aanvraag of another municipality), the bound form, and
/// "send, confirm, back to this page" (PRG).
/// </summary>
public abstract class HuishoudenPaginaModel<TInvoer>(IMediator mediator) : PageModel
    where TInvoer : AanvraagOpdracht
{
    public int Id { get; private set; }

    public HuishoudenView Huishouden { get; private set; } = null!;

    [BindProperty]
    public TInvoer Input { get; set; } = null!;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        Id = Convert.ToInt32(RouteData.Values["id"], CultureInfo.InvariantCulture);
        var huishouden = await mediator.Send(new HuishoudenGegevens(Id), HttpContext.RequestAborted);
        if (huishouden is null)
        {
            context.Result = NotFound();
            return;
        }

        Huishouden = huishouden;
        if (Input is null || Input.AanvraagId != Id)
        {
            Input = NieuweInvoer();                                    // a GET, or a POST of one of the remove buttons
        }

        await next();
    }

    /// <summary>The form as it opens: this aanvraag, the version shown, and the current values where there are any.</summary>
    protected abstract TInvoer NieuweInvoer();

    protected async Task<IActionResult> VerstuurAsync(ICommand command, string melding, CancellationToken cancellationToken)
    {
        await mediator.Send(command, cancellationToken);
        TempData.ZetMelding(melding);
        return RedirectToPage(new { id = Id });
    }
}
