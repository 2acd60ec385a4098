using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Aanvragen.Termijnen;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>Gives the aanvrager time to hand in what is missing (Awb 4:5); the beslistermijn stands still (Awb 4:15).</summary>
public sealed class HersteltermijnModel(IMediator mediator) : AanvraagFormulierModel<HersteltermijnInstellen>(mediator)
{
    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) =>
        VerstuurAsync(id, "De hersteltermijn is vastgelegd; de beslistermijn is opgeschort.", cancellationToken);
}
