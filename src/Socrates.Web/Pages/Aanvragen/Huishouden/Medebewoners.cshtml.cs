using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Aanvragen.Huishouden.Medebewoners;

namespace Socrates.Web.Pages.Aanvragen.Huishouden;

/// <summary>The housemates and, for each, whether he is a kostendeler (art. 19a and 22a Participatiewet).</summary>
public sealed class MedebewonersModel(IMediator mediator) : HuishoudenPaginaModel<MedebewonerToevoegen>(mediator)
{
    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        VerstuurAsync(Input, "De medebewoner is toegevoegd.", cancellationToken);

    public Task<IActionResult> OnPostVerwijderenAsync(int medebewonerId, int versie, CancellationToken cancellationToken) =>
        VerstuurAsync(
            new MedebewonerVerwijderen { AanvraagId = Id, Versie = versie, MedebewonerId = medebewonerId },
            "De medebewoner is verwijderd.", cancellationToken);

    /// <summary>The reason without its "telt (niet) mee:" opening, which the page shows in bold.</summary>
    public static string Uitleg(string reden)
    {
        ArgumentNullException.ThrowIfNull(reden);
        var dubbelepunt = reden.IndexOf(':', StringComparison.Ordinal);
        return dubbelepunt < 0 ? reden : reden[(dubbelepunt + 1)..].Trim();
    }

    protected override MedebewonerToevoegen NieuweInvoer() => new() { AanvraagId = Id, Versie = Huishouden.Versie };
}
