using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Aanvragen.Melden;
using Socrates.Application.Personen.Details;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Personen;

/// <summary>A person with his aanvragen, and the form to register a new melding.</summary>
[Authorize(Roles = "Consulent,Teamleider")]
public sealed class DetailsModel(IMediator mediator) : PageModel
{
    public PersoonDetailsView Persoon { get; private set; } = null!;

    [BindProperty]
    public MeldingRegistreren Input { get; set; } = new();

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var id = Convert.ToInt32(RouteData.Values["id"], System.Globalization.CultureInfo.InvariantCulture);
        if (await mediator.Send(new PersoonDetails(id), HttpContext.RequestAborted) is not { } persoon)
        {
            context.Result = NotFound();
            return;
        }

        Persoon = persoon;
        await next();
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Domain.Gebruikers.Rol.Consulent))
        {
            return Forbid();
        }

        var aanvraagId = await mediator.Send(Input with { PersoonId = id }, cancellationToken);
        TempData.ZetMelding("De melding is geregistreerd. Leg de aanvraag vast zodra die binnen is.");
        return RedirectToPage("/Aanvragen/Dossier", new { id = aanvraagId });
    }
}
