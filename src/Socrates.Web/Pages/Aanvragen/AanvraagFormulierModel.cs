using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>
/// A page with one form that sends one command on the aanvraag. The form carries the version of the aanvraag it was
/// rendered from (<c>Input.Versie</c>, a hidden field set on GET): if a colleague changed the aanvraag in between (sent
/// the proposal back, proposed another besluit), the command is refused with 409 and a Dutch message, instead of being
/// applied to whatever is current.
/// </summary>
public abstract class AanvraagFormulierModel<TOpdracht>(IMediator mediator) : AanvraagPaginaModel(mediator)
    where TOpdracht : AanvraagOpdracht, new()
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
                Input = Input with { AanvraagId = Kop.Id, Versie = Kop.Versie };
            }

            return next();
        });
    }

    /// <summary>Sends the form as it was posted, with its own version, and says <paramref name="melding"/> on the dossier (or this page).</summary>
    protected async Task<IActionResult> VerstuurAsync(int id, string melding, CancellationToken cancellationToken, bool naarDossier = true)
    {
        await Mediator.Send((object)(Input with { AanvraagId = id }), cancellationToken);
        TempData.ZetMelding(melding);
        return naarDossier ? RedirectToPage(Paginas.Aanvragen.Dossier, new { id }) : RedirectToPage(new { id });
    }
}
