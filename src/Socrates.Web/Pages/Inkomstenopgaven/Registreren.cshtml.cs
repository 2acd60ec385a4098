using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Inkomstenopgaven.Corrigeren;
using Socrates.Application.Inkomstenopgaven.Registreren;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Inkomstenopgaven;

/// <summary>
/// Quick entry: the loonstroken of many clients in a row, by keyboard. The client by BSN or dossiernummer (in the body only),
/// the month kept from one entry to the next (in the address, never the BSN), the pay period the whole month. After each
/// entry the form comes back empty with the client's name in the message and the focus on the first field.
/// </summary>
public sealed class RegistrerenModel(IMediator mediator, TimeProvider klok) : PageModel
{
    [BindProperty]
    public InkomstenopgaveRegistreren Input { get; set; } = new();

    public void OnGet(string? maand)
    {
        var gekozen = Maand.ProbeerLees(maand, out var m) ? m : Maand.Van(klok.Vandaag()).Vorige;
        Input = new InkomstenopgaveRegistreren { Maand = gekozen.ToString(), Van = Gezinslid.Aanvrager };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var invoer = Maand.ProbeerLees(Input.Maand, out var maand) ? Input with { PeriodeVan = maand.Eerste, PeriodeTot = maand.Laatste } : Input;
        var id = await mediator.Send(invoer with { ToekenningId = 0 }, cancellationToken);
        var opgave = await mediator.Send(new TeCorrigerenOpgave(id), cancellationToken);
        TempData.ZetMelding($"De opgave van {opgave?.Toekenning.Naam} over {maand.Voluit} ({opgave?.Opgave.NettoLoon} netto) is geregistreerd. Volgende klant:");
        return RedirectToPage(new { maand = maand.ToString() });
    }
}
