using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Gemeenteregels.Lijst;

namespace Socrates.Web.Pages;

/// <summary>The start page: who you are, for which municipality, and the local rules that apply today.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public GemeenteregelsOverzicht Regels { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Regels = await mediator.Send(new GeldendeGemeenteregels(), cancellationToken);
}
