using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Werkvoorraad.Aow;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Web.Pages.Werkvoorraad;

/// <summary>
/// The households whose aanvrager or partner reaches the AOW age soon (or did): the gemeente's bijstand ends that day and
/// the SVB takes over (art. 47a lid 1). From here the consulent prepares the beëindiging.
/// </summary>
public sealed class AowModel(IMediator mediator, TimeProvider klok) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public Pagina<AowSignaal> Signalen { get; private set; } = null!;

    public DateOnly Vandaag { get; } = klok.Vandaag();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Signalen = await mediator.Send(new AowSignalen(Pagina), cancellationToken);
}
