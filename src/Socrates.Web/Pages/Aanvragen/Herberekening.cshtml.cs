using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Aanvragen.Herberekening;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>
/// The herberekening of a wijziging: per month from the wijzigingsdatum the old and the new amount and the difference,
/// live while the wijziging is handled, the besluit's snapshot once one is proposed.
/// </summary>
public sealed class HerberekeningModel(IMediator mediator) : AanvraagPaginaModel(mediator)
{
    public HerberekeningView Uitkomst { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await Mediator.Send(new WijzigingHerberekening(id), cancellationToken) is not { } uitkomst)
        {
            return RedirectToPage(Paginas.Aanvragen.Dossier, new { id });
        }

        Uitkomst = uitkomst;
        return Page();
    }
}
