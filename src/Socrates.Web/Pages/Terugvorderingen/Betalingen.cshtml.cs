using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Terugvorderingen.Betalingen;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Terugvorderingen;

/// <summary>
/// A bank payment by this claim's debtor: registered by hand and allocated over his open claims, the oldest first, or
/// this one first when the debtor designated it.
/// </summary>
public sealed class BetalingenModel(IMediator mediator) : TerugvorderingPaginaModel(mediator)
{
    [BindProperty]
    public BetalingRegistreren Input { get; set; } = new();

    /// <summary>Whether the debtor named this claim in his payment.</summary>
    [BindProperty]
    public bool Aangewezen { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        await Mediator.Send(Input with { DebiteurId = Vordering.DebiteurId, AangewezenTerugvorderingId = Aangewezen ? id : null }, cancellationToken);
        TempData.ZetMelding("De betaling is geboekt.");
        return RedirectToPage("Details", new { id });
    }
}
