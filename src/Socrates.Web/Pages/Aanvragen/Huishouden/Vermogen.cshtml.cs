using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Aanvragen.Huishouden.Vermogen;
using Socrates.Domain.Aanvragen;

namespace Socrates.Web.Pages.Aanvragen.Huishouden;

/// <summary>Possessions, debts and the own home: the vermogen of art. 34 Participatiewet.</summary>
public sealed class VermogenModel(IMediator mediator) : HuishoudenPaginaModel<VermogenInvoer>(mediator)
{
    public bool HeeftEigenWoning => Huishouden.Woonsituatie == Woonsituatie.EigenWoning;

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var bezitting = Input.AlsBezitting();
        Input = Input with { Schulden = Huidig().Schulden, WozWaarde = Huidig().WozWaarde, Hypotheek = Huidig().Hypotheek };
        return VerstuurAsync(bezitting, "De bezitting is toegevoegd.", cancellationToken);
    }

    public Task<IActionResult> OnPostSchuldenAsync(CancellationToken cancellationToken) =>
        VerstuurAsync(Input.AlsVermogen(), "De schulden en de eigen woning zijn vastgelegd.", cancellationToken);

    public Task<IActionResult> OnPostVerwijderenAsync(int bezittingId, int versie, CancellationToken cancellationToken) =>
        VerstuurAsync(
            new BezittingVerwijderen { AanvraagId = Id, Versie = versie, BezittingId = bezittingId },
            "De bezitting is verwijderd.", cancellationToken);

    protected override VermogenInvoer NieuweInvoer() => Huidig();

    private VermogenInvoer Huidig() => new()
    {
        AanvraagId = Id,
        Versie = Huishouden.Versie,
        Schulden = Huishouden.Schulden.InEuro,
        WozWaarde = Huishouden.WozWaarde?.InEuro,
        Hypotheek = Huishouden.Hypotheek?.InEuro,
    };
}
