using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Bezwaren;

/// <summary>A page with one form that sends one command on the bezwaar, with the version it was rendered from (409 when changed since).</summary>
public abstract class BezwaarFormulierModel<TOpdracht>(IMediator mediator) : BezwaarPaginaModel(mediator)
    where TOpdracht : BezwaarOpdracht, new()
{
    [BindProperty]
    public TOpdracht Input { get; set; } = new();

    public override Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return base.OnPageHandlerExecutionAsync(context, () =>
        {
            if (HttpMethods.IsGet(Request.Method))
            {
                Input = Input with { BezwaarId = Bezwaar.Id, Versie = Bezwaar.Versie };
            }

            return next();
        });
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) => VerstuurAsync(id, Melding, cancellationToken);

    /// <summary>What the bezwaar's page says after the form was sent.</summary>
    protected abstract string Melding { get; }

    protected async Task<IActionResult> VerstuurAsync(int id, string melding, CancellationToken cancellationToken)
    {
        await Mediator.Send((object)(Input with { BezwaarId = id }), cancellationToken);
        TempData.ZetMelding(melding);
        return RedirectToPage(Paginas.Bezwaren.Details, new { id });
    }
}
