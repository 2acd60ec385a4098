using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gebruikers.Lijst;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Web.Pages.Beheer.Gebruikers;

/// <summary>The users of the own municipality, by name, paged on the server.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public Pagina<GebruikerRegel> Lijst { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Lijst = await mediator.Send(new GebruikersLijst(Pagina), cancellationToken);
}
