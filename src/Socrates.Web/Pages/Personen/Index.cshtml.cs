using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Personen.Zoeken;

namespace Socrates.Web.Pages.Personen;

/// <summary>
/// Search for persons. The form is posted, never sent as a GET: a BSN or a name must not end up in a URL, a browser
/// history or a proxy log.
/// </summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public PersonenZoeken Input { get; set; } = new();

    public Pagina<PersoonZoekresultaat>? Resultaat { get; private set; }

    public void OnGet()
    {
    }

    public async Task OnPostAsync(CancellationToken cancellationToken) =>
        Resultaat = Input.HeeftCriteria ? await mediator.Send(Input, cancellationToken) : null;
}
