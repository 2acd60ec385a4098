using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Aanvragen.Huishouden.Woonsituatie;

namespace Socrates.Web.Pages.Aanvragen.Huishouden;

/// <summary>How the household lives and what that costs per month (art. 27 Participatiewet).</summary>
public sealed class WoonsituatieModel(IMediator mediator) : HuishoudenPaginaModel<WoonsituatieVastleggen>(mediator)
{
    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        VerstuurAsync(Input, "De woonsituatie is vastgelegd.", cancellationToken);

    protected override WoonsituatieVastleggen NieuweInvoer() => new()
    {
        AanvraagId = Id,
        Versie = Huishouden.Versie,
        Woonsituatie = Huishouden.Woonsituatie,
        Woonkosten = Huishouden.Woonsituatie is null ? null : Huishouden.Woonkosten.InEuro,
    };
}
