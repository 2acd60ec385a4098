using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Beheer.ApiKoppelingen.Lijst;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Web.Pages.Beheer.ApiKoppelingen;

/// <summary>The gemeente's API-koppelingen (docs/api.md): who may call the API, in which role, with which rights; paged on the server.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public Pagina<ApiKoppelingRegel> Lijst { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Lijst = await mediator.Send(new ApiKoppelingenOpvragen { Pagina = Pagina }, cancellationToken);
}
