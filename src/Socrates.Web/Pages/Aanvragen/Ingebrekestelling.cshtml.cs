using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Aanvragen.Ingebrekestelling;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>Records the day the aanvrager's ingebrekestelling was received (Awb 4:17); the dossier shows the dwangsom from then.</summary>
public sealed class IngebrekestellingModel(IMediator mediator) : AanvraagFormulierModel<IngebrekestellingRegistreren>(mediator)
{
    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) =>
        VerstuurAsync(id, "De ingebrekestelling is geregistreerd. De dwangsom staat in het dossier.", cancellationToken);
}
