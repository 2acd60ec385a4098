using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Socrates.Application.Aanvragen.Besluit;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>
/// A team lead approves or sends back a proposed decision (four-eyes), with the proposal's context on the page: the
/// household, the amount and its calculation, missing bewijsstukken, the motivering, and who proposed it when.
/// </summary>
public sealed class BeoordelenModel(IMediator mediator) : AanvraagFormulierModel<BesluitBeoordelen>(mediator)
{
    public BesluitBeoordelingView? Beoordeling { get; private set; }

    /// <summary>Approving a toekenning while requested bewijsstukken are missing needs the team lead's own reason.</summary>
    public bool RedenNodig => Beoordeling is { Toekenning: not null, Ontbrekend.Count: > 0 };

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        await base.OnPageHandlerExecutionAsync(context, async () =>
        {
            Beoordeling = await Mediator.Send(new BesluitBeoordeling(Kop.Id), HttpContext.RequestAborted);
            return await next();
        });
    }

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) =>
        VerstuurAsync(id, Input.Goedgekeurd == true ? Besluitmeldingen.Goedgekeurd : "Het voorstel is teruggestuurd naar de consulent.", cancellationToken);
}
