using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Web.Navigatie;
using Socrates.Application.Gemeenteregels.Lijst;

namespace Socrates.Web.Pages;

/// <summary>
/// The start page: who you are, for which municipality, and the local rules that apply today. A user of no municipality
/// (the Normbeheerder) has no start page here and is sent to the national figures.
/// </summary>
public sealed class IndexModel(IMediator mediator, IHuidigeGebruiker gebruiker) : PageModel
{
    public GemeenteregelsOverzicht Regels { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (gebruiker.Gemeente is null)
        {
            return gebruiker.HeeftRol(Rol.Normbeheerder) ? LocalRedirect(Paginas.Normen.Index) : Forbid();
        }

        Regels = await mediator.Send(new GeldendeGemeenteregels(), cancellationToken);
        return Page();
    }
}
