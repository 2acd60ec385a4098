using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Gemeenteregels.Intrekken;
using Socrates.Domain.Gemeenten;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Beheer.Gemeenteregels;

/// <summary>
/// Withdraw a planned version of the municipality's rules (ingangsdatum after today), with a reason. The version stays in
/// the history as "ingetrokken"; one that has started cannot be withdrawn.
/// </summary>
public sealed class IntrekkenModel(IMediator mediator) : GemeenteregelsPaginaModel(mediator)
{
    [BindProperty]
    public GemeenteregelsIntrekken Input { get; set; } = new();

    /// <summary>The version of <see cref="Input"/>, from the overview; null when the municipality has none by that id.</summary>
    public GemeenteInstellingen? Versie => Overzicht.Versies.SingleOrDefault(v => v.Id == Input.Id);

    /// <summary>Whether the version can still be withdrawn: planned and not withdrawn.</summary>
    public bool KanIntrekken => Versie is { IngetrokkenOp: null } v && v.GeldigVanaf > Overzicht.Peildatum;

    public IActionResult OnGet(int id)
    {
        Input = new GemeenteregelsIntrekken { Id = id, Versie = Overzicht.GemeenteVersie };
        return Versie is null ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await Mediator.Send(Input, cancellationToken);
        TempData.ZetMelding($"De geplande versie vanaf {Versie?.GeldigVanaf:dd-MM-yyyy} is ingetrokken en geldt niet.");
        return RedirectToPage("Index");
    }
}
