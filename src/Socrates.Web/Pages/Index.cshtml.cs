using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Gemeenten.Instellingen;

namespace Socrates.Web.Pages;

/// <summary>The start page: who you are, for which municipality, and the local rules that apply today.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public InstellingenOverzicht Regels { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Regels = await mediator.Send(new GeldendeInstellingen(), cancellationToken);
}
