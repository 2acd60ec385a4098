using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Socrates.Application.Beheer.ApiKoppelingen.Aanmaken;
using Socrates.Domain.ApiKoppelingen;
using Socrates.Domain.Gebruikers;

namespace Socrates.Web.Pages.Beheer.ApiKoppelingen;

/// <summary>A new API-koppeling. The answer shows its key once: Socrates keeps only its hash, so a lost key means a new koppeling.</summary>
public sealed class AanmakenModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public ApiKoppelingAanmaken Input { get; set; } = new();

    public ApiKoppelingAangemaakt? Aangemaakt { get; private set; }

    public static IEnumerable<SelectListItem> Rollen => ApiKoppeling.Rollen.Select(r => new SelectListItem(Rol.Omschrijving(r), r));

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Aangemaakt = await mediator.Send(Input, cancellationToken);
        return Page();
    }
}
