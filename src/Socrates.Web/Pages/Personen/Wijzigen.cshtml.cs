using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Personen.Wijzigen;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Personen;

/// <summary>Corrects a person's name, birth date, address or IBAN; the BSN stays as it is.</summary>
public sealed class WijzigenModel(IMediator mediator) : PersoonPaginaModel(mediator)
{
    [BindProperty]
    public PersoonWijzigen Input { get; set; } = new();

    public void OnGet() => Input = new PersoonWijzigen
    {
        Versie = Persoon.Versie,
        Voornamen = Persoon.Voornamen,
        Voorvoegsel = Persoon.Voorvoegsel,
        Achternaam = Persoon.Achternaam,
        Geboortedatum = Persoon.Geboortedatum,
        Straat = Persoon.Adres.Straat,
        Huisnummer = Persoon.Adres.Huisnummer,
        Toevoeging = Persoon.Adres.Toevoeging,
        Postcode = Persoon.Adres.Postcode.Waarde,
        Woonplaats = Persoon.Adres.Woonplaats,
        Iban = Persoon.Iban?.Opgemaakt,
    };

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        await Mediator.Send(Input with { PersoonId = id }, cancellationToken);
        TempData.ZetMelding("De gegevens zijn gewijzigd.");
        return RedirectToPage(Paginas.Personen.Details, new { id });
    }
}
