using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Aanvragen.Indienen;
using Socrates.Domain.Aanvragen;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>Registers the written aanvraag as received: the beslistermijn starts (Awb 4:13).</summary>
public sealed class IndienenModel(IMediator mediator) : AanvraagFormulierModel<AanvraagIndienen>(mediator)
{
    /// <summary>Whether the aanvrager is under 27 on this date (the zoektermijn of art. 41 lid 4 may apply).</summary>
    public bool Jonger => Zoektermijn.IsVanToepassing(Kop.Meldingsdatum, Kop.AanvragerGeboortedatum, null);

    public IActionResult OnGet(int id) =>
        Kop.Status == AanvraagStatus.Gemeld ? Page() : RedirectToPage(Paginas.Aanvragen.Dossier, new { id });

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) =>
        VerstuurAsync(id, "De aanvraag is geregistreerd als ontvangen. De beslistermijn loopt.", cancellationToken);
}
