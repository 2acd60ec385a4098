using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Aanvragen.Huishouden.Kinderen;

namespace Socrates.Web.Pages.Aanvragen.Huishouden;

/// <summary>The children under 18 of the household (art. 4 Participatiewet).</summary>
public sealed class KinderenModel(IMediator mediator) : HuishoudenPaginaModel<KindToevoegen>(mediator)
{
    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        VerstuurAsync(Input, "Het kind is toegevoegd.", cancellationToken);

    public Task<IActionResult> OnPostVerwijderenAsync(int kindId, int versie, CancellationToken cancellationToken) =>
        VerstuurAsync(new KindVerwijderen { AanvraagId = Id, Versie = versie, KindId = kindId }, "Het kind is verwijderd.", cancellationToken);

    protected override KindToevoegen NieuweInvoer() => new() { AanvraagId = Id, Versie = Huishouden.Versie };
}
