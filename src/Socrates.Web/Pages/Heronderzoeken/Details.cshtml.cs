using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Heronderzoeken.Details;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Heronderzoeken;

/// <summary>
/// One heronderzoek: what to check (household, income, vermogen, address) against the running toekenning, and the outcome,
/// ongewijzigd or a wijziging or terugvordering made through their own flows and named here. 404 for another gemeente's.
/// </summary>
public sealed class DetailsModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public HeronderzoekAfronden Input { get; set; } = new();

    [BindProperty]
    public HeronderzoekToewijzen Toewijzing { get; set; } = new();

    public HeronderzoekView Heronderzoek { get; private set; } = null!;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var id = Convert.ToInt32(RouteData.Values["id"], CultureInfo.InvariantCulture);
        if (await mediator.Send(new HeronderzoekDetails(id), HttpContext.RequestAborted) is not { } heronderzoek)
        {
            context.Result = NotFound();
            return;
        }

        Heronderzoek = heronderzoek;
        await next();
    }

    public void OnGet()
    {
        var c = Heronderzoek.Controle;
        Toewijzing = new HeronderzoekToewijzen { Versie = Heronderzoek.Versie, ConsulentId = Heronderzoek.ConsulentId };
        Input = new HeronderzoekAfronden
        {
            Versie = Heronderzoek.Versie, Huishouden = c.Huishouden, Inkomen = c.Inkomen, Vermogen = c.Vermogen, Adres = c.Adres, Bevindingen = c.Bevindingen,
            WijzigingId = Heronderzoek.Wijzigingen.Count > 0 ? Heronderzoek.Wijzigingen[0].Id : null,
            TerugvorderingId = Heronderzoek.Terugvorderingen.Count > 0 ? Heronderzoek.Terugvorderingen[0].Id : null,
        };
    }

    /// <summary>A team lead gives the open heronderzoek to another consulent.</summary>
    public async Task<IActionResult> OnPostToewijzenAsync(int id, CancellationToken cancellationToken)
    {
        await mediator.Send(Toewijzing with { Id = id }, cancellationToken);
        TempData.ZetMelding("Het heronderzoek staat nu op de planningslijst van de gekozen consulent.");
        return RedirectToPage("Details", new { id });
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        await mediator.Send(Input with { Id = id }, cancellationToken);
        TempData.ZetMelding("Het heronderzoek is afgerond. Het volgende wordt gepland vanaf vandaag, met de termijn die dan geldt.");
        return RedirectToPage("Details", new { id });
    }
}
