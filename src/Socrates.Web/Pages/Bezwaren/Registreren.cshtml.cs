using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Socrates.Application.Bezwaren.Registreren;
using Socrates.Web.Navigatie;
using Socrates.Web.Weergave;

namespace Socrates.Web.Pages.Bezwaren;

/// <summary>Registers a bezwaar against one of a person's besluiten (route: the person; <c>?besluit=</c> preselects one).</summary>
public sealed class RegistrerenModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public BezwaarRegistreren Input { get; set; } = new();

    public BesluitenView Besluiten { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> Keuzes { get; private set; } = [];

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var id = Convert.ToInt32(RouteData.Values["id"], System.Globalization.CultureInfo.InvariantCulture);
        if (await mediator.Send(new BesluitenOpvragen(id), HttpContext.RequestAborted) is not { } besluiten)
        {
            context.Result = NotFound();
            return;
        }

        Besluiten = besluiten;
        Keuzes = [.. besluiten.Besluiten.Select(b => new SelectListItem(
            $"{b.Omschrijving}, verzonden {Teksten.Datum(b.Besluit.Verzonden)}{(b.Kenmerk is null ? "" : $" ({b.Kenmerk})")}", b.Sleutel))];
        await next();
    }

    public void OnGet(string? besluit) => Input = Input with { PersoonId = Besluiten.PersoonId, Besluit = besluit };

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var bezwaarId = await mediator.Send(Input with { PersoonId = id }, cancellationToken);
        TempData.ZetMelding("Het bezwaar is geregistreerd.");
        return User.IsInRole(Domain.Gebruikers.Rol.Consulent) && !User.IsInRole(Domain.Gebruikers.Rol.Teamleider)
            && !User.IsInRole(Domain.Gebruikers.Rol.Bezwaarbehandelaar)
            ? RedirectToPage(Paginas.Personen.Details, new { id })
            : RedirectToPage(Paginas.Bezwaren.Details, new { id = bezwaarId });
    }
}
