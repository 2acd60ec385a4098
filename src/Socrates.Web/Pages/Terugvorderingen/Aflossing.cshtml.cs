using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Socrates.Application.Terugvorderingen.Aflossing;

namespace Socrates.Web.Pages.Terugvorderingen;

/// <summary>
/// An aflossingsregeling: the formula's instalment on the debtor's current situation, changeable with a reason. Without
/// running bijstand the consulent first enters the debtor's current income and has the proposal computed.
/// </summary>
public sealed class AflossingModel(IMediator mediator) : OpdrachtPaginaModel<AflossingsregelingTreffen>(mediator)
{
    public AflossingsvoorbereidingView Voorbereiding { get; private set; } = null!;

    protected override string Melding => "De aflossingsregeling is vastgelegd.";

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        await base.OnPageHandlerExecutionAsync(context, async () =>
        {
            Voorbereiding = (await Mediator.Send(new Aflossingsvoorbereiding(Vordering.Id), HttpContext.RequestAborted))!;
            return await next();
        });
    }

    /// <summary>Computes the proposal on the income entered (only needed without running bijstand) and prefills it.</summary>
    public async Task<IActionResult> OnPostBerekenenAsync(int id, CancellationToken cancellationToken)
    {
        Voorbereiding = (await Mediator.Send(new Aflossingsvoorbereiding(id, Input.HuidigInkomen), cancellationToken))!;
        if (Voorbereiding.Voorstel is { } voorstel)
        {
            ModelState.Remove("Input.Maandbedrag");
            Input = Input with { Maandbedrag = voorstel.Maandbedrag.InEuro };
        }

        return Page();
    }

    protected override void Voorinvullen() =>
        Input = Input with { Maandbedrag = (Vordering.AflossingPerMaand ?? Voorbereiding.Voorstel?.Maandbedrag)?.InEuro };
}
