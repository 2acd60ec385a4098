using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Aanvragen.Termijnen;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>Extends the beslistermijn once, before it ends, with a reason (Awb 4:14 lid 3).</summary>
public sealed class VerdagenModel(IMediator mediator) : AanvraagFormulierModel<BeslistermijnVerdagen>(mediator)
{
    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) =>
        VerstuurAsync(id, "De beslistermijn is verdaagd. Laat de aanvrager dit schriftelijk weten.", cancellationToken);
}
