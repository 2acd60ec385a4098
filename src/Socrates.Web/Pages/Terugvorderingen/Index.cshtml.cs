using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Lijst;

namespace Socrates.Web.Pages.Terugvorderingen;

/// <summary>The municipality's claims: open ones by default, those waiting for a team lead, or the closed ones.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public TerugvorderingFilter? Filter { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    /// <summary>Only the claims of this person (an id, never a BSN in the URL).</summary>
    [BindProperty(SupportsGet = true)]
    public int? Debiteur { get; set; }

    public Pagina<TerugvorderingRegelView> Lijst { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Lijst = await mediator.Send(new TerugvorderingenLijst(Filter ?? (Debiteur is null ? TerugvorderingFilter.Open : TerugvorderingFilter.Alle), Pagina, Debiteur), cancellationToken);
}
