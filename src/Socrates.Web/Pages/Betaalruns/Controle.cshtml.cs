using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Betaalruns.Controle;

namespace Socrates.Web.Pages.Betaalruns;

/// <summary>
/// The team lead's check that the payment ledger of every household adds up (docs/betalingen.md, Controle), run on request (a
/// POST: it reads every household) and shown with the first afwijkingen, each linked to the household's Betalingen page.
/// </summary>
public sealed class ControleModel(IMediator mediator) : PageModel
{
    public ControleUitkomst? Uitkomst { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken cancellationToken) =>
        Uitkomst = await mediator.Send(new BetalingenControleren(), cancellationToken);
}
