using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Gemeenten.Instellingen;

namespace Socrates.Web.Pages.Beheer.Instellingen;

/// <summary>The municipality's local rules in force today, and every version with who set it, when and why.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public InstellingenOverzicht Overzicht { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Overzicht = await mediator.Send(new GeldendeInstellingen(), cancellationToken);
}
