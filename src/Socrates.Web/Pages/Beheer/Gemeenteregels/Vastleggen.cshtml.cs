using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Socrates.Application.Gemeenteregels;
using Socrates.Application.Gemeenteregels.Doorrekenen;
using Socrates.Application.Gemeenteregels.Vastleggen;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Beheer.Gemeenteregels;

/// <summary>
/// A new version of the municipality's rules, prefilled with the rules in force: first "Doorrekenen" (what-if on the
/// active toekenningen, saves nothing), then "Vastleggen" (recorded, or proposed when a second Beheerder must approve).
/// </summary>
public sealed class VastleggenModel(IMediator mediator) : GemeenteregelsPaginaModel(mediator)
{
    [BindProperty]
    public GemeenteregelsVastleggen Input { get; set; } = new();

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

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var uitkomst = await Mediator.Send(Input, cancellationToken);
        TempData.ZetMelding(uitkomst.Voorgesteld
            ? "De nieuwe versie is voorgesteld. Een andere beheerder moet haar goedkeuren voordat zij geldt."
            : $"De nieuwe versie is vastgelegd en geldt vanaf {Input.GeldigVanaf:dd-MM-yyyy}.");
        return RedirectToPage("Index");
    }
}
