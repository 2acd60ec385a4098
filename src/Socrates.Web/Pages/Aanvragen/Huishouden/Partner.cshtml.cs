using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Aanvragen.Huishouden.Partner;

namespace Socrates.Web.Pages.Aanvragen.Huishouden;

/// <summary>The aanvrager's echtgenoot (art. 3 Participatiewet): a known person by BSN, or registered here.</summary>
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
