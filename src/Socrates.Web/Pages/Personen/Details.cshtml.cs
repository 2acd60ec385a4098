using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Aanvragen.Melden;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Personen;

/// <summary>A person with his aanvragen, and the form to register a new melding.</summary>
public sealed class DetailsModel(IMediator mediator) : PersoonPaginaModel(mediator)
{
    [BindProperty]
    public MeldingRegistreren Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var aanvraagId = await Mediator.Send(Input with { PersoonId = id }, cancellationToken);
        TempData.ZetMelding("De melding is geregistreerd. Leg de aanvraag vast zodra die binnen is.");
        return RedirectToPage(Paginas.Aanvragen.Dossier, new { id = aanvraagId });
    }
}
