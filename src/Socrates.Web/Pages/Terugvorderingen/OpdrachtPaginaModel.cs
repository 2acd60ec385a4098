using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Terugvorderingen;

/// <summary>
/// A form with one command on a claim: bind <see cref="Input"/>, send it with the claim's id and the version the form was
/// rendered from (<c>Input.Versie</c>, a hidden field set on GET), say what happened and go back to the claim. A claim a
/// colleague changed in between is refused with 409; other failures come back to the same form through the exception filter.
/// </summary>
public abstract class OpdrachtPaginaModel<TOpdracht>(IMediator mediator) : TerugvorderingPaginaModel(mediator)
    where TOpdracht : TerugvorderingOpdracht, new()
{
    [BindProperty]
    public TOpdracht Input { get; set; } = new();

    /// <summary>The message shown on the claim after success.</summary>
    protected abstract string Melding { get; }

    public void OnGet()
    {
        Input = (TOpdracht)((TerugvorderingOpdracht)Input with { TerugvorderingId = Vordering.Id, Versie = Vordering.Versie });
        Voorinvullen();
    }

    /// <summary>Fills the form's starting values from the claim (a proposal, the current setting).</summary>
    protected virtual void Voorinvullen()
    {
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var opdracht = (TerugvorderingOpdracht)Input with { TerugvorderingId = id };
        await Mediator.Send((object)opdracht, cancellationToken);
        TempData.ZetMelding(Melding);
        return RedirectToPage("Details", new { id });
    }
}
