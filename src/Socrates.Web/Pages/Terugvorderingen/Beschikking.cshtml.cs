using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace Socrates.Web.Pages.Terugvorderingen;

/// <summary>The besluit tot terugvordering as a letter for A4: the snapshot of letterhead and addressee taken when it was decided.</summary>
public sealed class BeschikkingModel(IMediator mediator) : TerugvorderingPaginaModel(mediator)
{
    public IActionResult OnGet() => Vordering.Kenmerk is null ? NotFound() : Page();
}
