using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Aanvragen.Huishouden.Partner;
using Socrates.Web.Configuration;

namespace Socrates.Web.Pages.Aanvragen.Huishouden;

/// <summary>The aanvrager's echtgenoot (art. 3 Participatiewet): a known person by BSN, or registered here.</summary>
[Authorize(Policy = Beleid.Consulent)]
public sealed class PartnerModel(IMediator mediator) : HuishoudenPaginaModel<PartnerVastleggen>(mediator)
{
    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        VerstuurAsync(Input, "De partner is vastgelegd.", cancellationToken);

    public Task<IActionResult> OnPostVerwijderenAsync(int versie, CancellationToken cancellationToken) =>
        VerstuurAsync(new PartnerVerwijderen { AanvraagId = Id, Versie = versie }, "De partner is verwijderd.", cancellationToken);

    protected override PartnerVastleggen NieuweInvoer() =>
        new() { AanvraagId = Id, Versie = Huishouden.Versie, Relatie = Huishouden.Partner?.Relatie };
}
