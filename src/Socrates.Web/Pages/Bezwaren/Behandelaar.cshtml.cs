using Mediator;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Rendering;
using Socrates.Application.Bezwaren.Lijst;
using Socrates.Application.Bezwaren.Behandelaar;

namespace Socrates.Web.Pages.Bezwaren;

/// <summary>Behandelaar toewijzen: one step of the bezwaar.</summary>
public sealed class BehandelaarModel(IMediator mediator) : BezwaarFormulierModel<BehandelaarToewijzen>(mediator)
{
    protected override string Melding => "De bezwaarbehandelaar is toegewezen.";

    public IReadOnlyList<SelectListItem> Behandelaars { get; private set; } = [];

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var lijst = await Mediator.Send(new BezwarenLijst { Pagina = 1 }, HttpContext.RequestAborted);
        Behandelaars = [.. lijst.Behandelaars.Select(b => new SelectListItem(b.Naam, b.Id))];
        await base.OnPageHandlerExecutionAsync(context, next);
    }

    public void OnGet()
    {
    }
}
