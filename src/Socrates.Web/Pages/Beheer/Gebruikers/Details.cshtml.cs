using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gebruikers.Blokkeren;
using Socrates.Application.Gebruikers.Details;
using Socrates.Application.Gebruikers.Herstellink;
using Socrates.Application.Gebruikers.Rollen;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Beheer.Gebruikers;

/// <summary>
/// One user of the own municipality: change the roles, block or unblock, and make a one-time password link. A user of
/// another municipality is a 404, like one that does not exist.
/// </summary>
public sealed class DetailsModel(IMediator mediator, IHuidigeGebruiker ik, Configuration.Adressen adressen) : PageModel
{
    public GebruikerView Gebruiker { get; private set; } = null!;

    [BindProperty]
    public RollenWijzigen Input { get; set; } = new();

    public string? Link { get; private set; }

    public bool IsIkZelf => string.Equals(Gebruiker.Id, ik.Id, StringComparison.Ordinal);

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var id = RouteData.Values["id"] as string ?? "";
        var gebruiker = await mediator.Send(new GebruikerDetails(id), HttpContext.RequestAborted);
        if (gebruiker is null)
        {
            context.Result = NotFound();
            return;
        }

        Gebruiker = gebruiker;
        await next();
    }

    public void OnGet() => Input = new RollenWijzigen { Rollen = Gebruiker.Rollen };

    public async Task<IActionResult> OnPostRollenAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(Input with { Id = Gebruiker.Id }, cancellationToken);
        TempData.ZetMelding("De rollen zijn gewijzigd.");
        return RedirectToPage(Paginas.Beheer.Gebruiker, new { id = Gebruiker.Id });
    }

    public async Task<IActionResult> OnPostBlokkerenAsync(bool blokkeren, string? versie, CancellationToken cancellationToken)
    {
        Input = new RollenWijzigen { Rollen = Gebruiker.Rollen };
        await mediator.Send(new GebruikerBlokkeren { Id = Gebruiker.Id, Versie = versie, Blokkeren = blokkeren }, cancellationToken);
        TempData.ZetMelding(blokkeren ? "De gebruiker is geblokkeerd en kan niet meer inloggen." : "De gebruiker is gedeblokkeerd.");
        return RedirectToPage(Paginas.Beheer.Gebruiker, new { id = Gebruiker.Id });
    }

    public async Task<IActionResult> OnPostHerstellinkAsync(CancellationToken cancellationToken)
    {
        Input = new RollenWijzigen { Rollen = Gebruiker.Rollen };
        var link = await mediator.Send(new HerstellinkMaken(Gebruiker.Id), cancellationToken);
        Link = adressen.Wachtwoordlink(Request, link.GebruikerId, link.Token);
        return Page();
    }
}
