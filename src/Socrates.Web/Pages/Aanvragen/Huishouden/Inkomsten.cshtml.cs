using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Socrates.Application.Aanvragen.Huishouden.Inkomsten;
using Socrates.Domain.Aanvragen;
using Socrates.Web.Weergave;

namespace Socrates.Web.Pages.Aanvragen.Huishouden;

/// <summary>The net monthly income of the aanvrager and the partner (art. 31–33 Participatiewet).</summary>
public sealed class InkomstenModel(IMediator mediator) : HuishoudenPaginaModel<InkomenToevoegen>(mediator)
{
    /// <summary>Partner income only once there is a partner.</summary>
    public IEnumerable<SelectListItem> Gezinsleden =>
        Keuzes.Gezinsleden.Where(o => Huishouden.Partner is not null || o.Value != nameof(Gezinslid.Partner));

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        VerstuurAsync(Input, "Het inkomen is toegevoegd.", cancellationToken);

    public Task<IActionResult> OnPostVerwijderenAsync(int inkomenId, int versie, CancellationToken cancellationToken) =>
        VerstuurAsync(new InkomenVerwijderen { AanvraagId = Id, Versie = versie, InkomenId = inkomenId }, "Het inkomen is verwijderd.", cancellationToken);

    protected override InkomenToevoegen NieuweInvoer() =>
        new() { AanvraagId = Id, Versie = Huishouden.Versie, Van = Huishouden.Partner is null ? Gezinslid.Aanvrager : null };
}
