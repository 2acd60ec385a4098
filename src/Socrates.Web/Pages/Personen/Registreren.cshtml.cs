using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Personen.Registreren;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Personen;

/// <summary>Registers a person; a BSN that is already known opens that person instead of making a duplicate.</summary>
public sealed class RegistrerenModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public PersoonRegistreren Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var uitkomst = await mediator.Send(Input, cancellationToken);
        TempData.ZetMelding(uitkomst.BestondAl
            ? "Deze persoon was al geregistreerd: u ziet de bestaande gegevens. Er is niets gewijzigd."
            : "De persoon is geregistreerd.");
        return RedirectToPage(Paginas.Personen.Details, new { id = uitkomst.Id });
    }
}
