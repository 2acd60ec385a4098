using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Gebruikers.Toevoegen;

namespace Socrates.Web.Pages.Beheer.Gebruikers;

/// <summary>
/// A new user of the own municipality. There is no mail server: the answer shows the Beheerder a one-time link with
/// which the new user sets his password. The link is shown once and stored nowhere.
/// </summary>
public sealed class ToevoegenModel(IMediator mediator, Configuration.Adressen adressen) : PageModel
{
    [BindProperty]
    public GebruikerToevoegen Input { get; set; } = new() { Rollen = [] };

    public string? Link { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var nieuw = await mediator.Send(Input, cancellationToken);
        Link = adressen.Wachtwoordlink(Request, nieuw.Id, nieuw.HerstelToken);
        return Page();
    }
}
