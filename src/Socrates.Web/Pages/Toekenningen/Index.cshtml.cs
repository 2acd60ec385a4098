using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Toekenningen.Lijst;
using Socrates.Domain.Toekenningen;

namespace Socrates.Web.Pages.Toekenningen;

/// <summary>The municipality's toekenningen: active ones by default, or those waiting for a team lead.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ToekenningStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public Pagina<ToekenningRegelView> Lijst { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Lijst = await mediator.Send(new ToekenningenLijst(Status ?? ToekenningStatus.Actief, Pagina), cancellationToken);
}
