using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Aanvragen.Berekening;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>The explained calculation of the household for a month, live from the dossier, every line with its article.</summary>
public sealed class BerekeningModel(IMediator mediator) : AanvraagPaginaModel(mediator)
{
    /// <summary>The month as an input of type month sends it: yyyy-MM.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Maand { get; set; }

    public AanvraagBerekeningView? Uitkomst { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        DateOnly? maand = null;
        if (!string.IsNullOrWhiteSpace(Maand))
        {
            if (!Domain.Gemeenschappelijk.Maand.ProbeerLees(Maand, out var gekozen) || !Datumgrenzen.Bevat(gekozen.Eerste))
            {
                ModelState.AddModelError(nameof(Maand), Datumgrenzen.MaandMelding);
                return Page();
            }

            maand = gekozen.Eerste;
        }

        Uitkomst = await Mediator.Send(new AanvraagBerekening(id, maand), cancellationToken);
        Maand = Uitkomst is null ? null : Domain.Gemeenschappelijk.Maand.Van(Uitkomst.Peildatum).ToString();
        return Uitkomst is null ? NotFound() : Page();
    }
}
