using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Overzicht.Index;
using Socrates.Application.Werkvoorraad.Lijst;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Overzicht;

/// <summary>The team lead's overview (a consulent's of his own cases): charts drawn on the server as SVG, each with its table.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public OverzichtView Overzicht { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Overzicht = await mediator.Send(new OverzichtOpvragen(), cancellationToken);

    /// <summary>The werkvoorraad of one behandelaar (or the own one), optionally filtered on the beslistermijn.</summary>
    public string Werkvoorraad(OverzichtConsulent consulent, TermijnFilter? termijn)
    {
        ArgumentNullException.ThrowIfNull(consulent);
        return Overzicht.AlleenEigen
            ? Url.Page(Paginas.Werkvoorraad.Index, new { Weergave = WerkvoorraadWeergave.Mijn, Termijn = termijn })!
            : Url.Page(Paginas.Werkvoorraad.Index, new
            {
                Weergave = WerkvoorraadWeergave.Team, Behandelaar = consulent.Id ?? Application.Werkvoorraad.Lijst.Werkvoorraad.NietToegewezen, Termijn = termijn,
            })!;
    }
}
