using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Rendering;
using Socrates.Application.Gemeenteregels;
using Socrates.Application.Gemeenteregels.Doorrekenen;
using Socrates.Application.Gemeenteregels.Vastleggen;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Beheer.Gemeenteregels;

/// <summary>
/// A new version of the municipality's rules, in two steps. First the values and the ingangsdatum, prefilled with the
/// rules in force, and "Doorrekenen" (what-if on the active toekenningen, saves nothing, asks no reason). Then the
/// confirmation: the doorrekening and what changes against the version in force on the ingangsdatum, the reason, and
/// "Vastleggen" (recorded, or proposed when a second Beheerder must approve). The save carries the doorrekening's proof
/// of exactly these values; "Waarden wijzigen" goes back to the first step.
/// </summary>
public sealed class VastleggenModel(IMediator mediator) : GemeenteregelsPaginaModel(mediator)
{
    [BindProperty]
    public GemeenteregelsVastleggen Input { get; set; } = new();

    /// <summary>Set on the confirmation step: what these values do, and the proof the save needs.</summary>
    public Doorrekening? Doorrekening { get; private set; }

    /// <summary>The choices of a rule, for the select.</summary>
    public static IReadOnlyList<SelectListItem> Opties(Regelbeschrijving regel)
    {
        ArgumentNullException.ThrowIfNull(regel);
        return [.. regel.Keuzes.Select(k => new SelectListItem(k.Tekst, k.Invoer))];
    }

    public void OnGet()
    {
        var volgendeMaand = new DateOnly(Overzicht.Peildatum.Year, Overzicht.Peildatum.Month, 1).AddMonths(1);
        Input = GemeenteregelsVastleggen.Van(Overzicht.Geldend, Overzicht.GemeenteVersie) with { GeldigVanaf = volgendeMaand };
    }

    public async Task<IActionResult> OnPostDoorrekenenAsync(CancellationToken cancellationToken)
    {
        Doorrekening = await Mediator.Send(new GemeenteregelsDoorrekenen(Input), cancellationToken);
        return Page();
    }

    /// <summary>Back from the confirmation to the values, as they were.</summary>
    public IActionResult OnPostWijzigen() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var uitkomst = await Mediator.Send(Input, cancellationToken);
        TempData.ZetMelding(uitkomst.Voorgesteld
            ? "De nieuwe versie is voorgesteld. Een andere beheerder moet haar goedkeuren voordat zij geldt."
            : $"De nieuwe versie is vastgelegd en geldt vanaf {Input.GeldigVanaf:dd-MM-yyyy}.");
        return RedirectToPage("Index");
    }

    /// <summary>
    /// A save refused only for its reason shows the confirmation again, so its doorrekening is made again for the
    /// re-render (the values themselves were valid). Any other refusal goes back to the values.
    /// </summary>
    public override Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return base.OnPageHandlerExecutionAsync(context, async () =>
        {
            var uitgevoerd = await next();
            if (uitgevoerd.Exception is ValidationException { Errors: var fouten } && fouten.Any()
                && fouten.All(f => f.PropertyName == nameof(GemeenteregelsVastleggen.Toelichting)))
            {
                Doorrekening = await Mediator.Send(new GemeenteregelsDoorrekenen(Input), HttpContext.RequestAborted);
            }

            return uitgevoerd;
        });
    }
}
