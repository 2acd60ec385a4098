using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Aanvragen.Intrekken;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>Records that the aanvrager withdrew the aanvraag, with the reason.</summary>
public sealed class IntrekkenModel(IMediator mediator) : AanvraagFormulierModel<AanvraagIntrekken>(mediator)
{
    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) =>
        VerstuurAsync(id, "De aanvraag is ingetrokken.", cancellationToken);
}
