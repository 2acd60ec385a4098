using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Aanvragen.Besluit;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>A team lead approves or sends back a proposed decision (four-eyes).</summary>
public sealed class BeoordelenModel(IMediator mediator) : AanvraagFormulierModel<BesluitBeoordelen>(mediator)
{
    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) =>
        VerstuurAsync(id, Input.Goedgekeurd == true ? "Het besluit is goedgekeurd." : "Het voorstel is teruggestuurd naar de consulent.", cancellationToken);
}
