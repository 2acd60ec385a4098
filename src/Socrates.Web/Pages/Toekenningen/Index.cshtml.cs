using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Toekenningen.Lijst;
using Socrates.Domain.Toekenningen;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Toekenningen;

/// <summary>
/// The municipality's toekenningen: active ones by default, or those waiting for a team lead; "Naam of BSN" of the
/// aanvrager is posted and kept under an opaque key (<see cref="Zoekopdrachten"/>), never in the URL.
/// </summary>
public sealed class IndexModel(IMediator mediator, Zoekopdrachten zoekopdrachten) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ToekenningStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    /// <summary>The key of the "Naam of BSN" search, never the name or BSN itself.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Zoek { get; set; }

    /// <summary>"Naam of BSN" as posted by the search form.</summary>
    [BindProperty]
    public string? Zoekterm { get; set; }

    public Zoekopdracht Zoekopdracht { get; private set; } = Zoekopdracht.Geen;

    public Pagina<ToekenningRegelView> Lijst { get; private set; } = null!;

    public ToekenningStatus GekozenStatus => Status ?? ToekenningStatus.Actief;

    public Zoekveld Zoekveld => new("Index", new Dictionary<string, string> { [nameof(Status)] = GekozenStatus.ToString() }, Zoekopdracht);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Zoekopdracht = zoekopdrachten.Lees(Zoek);
        Lijst = await mediator.Send(new ToekenningenLijst(GekozenStatus, Pagina, Zoekopdracht.Zoekterm), cancellationToken);
    }

    /// <summary>Keeps the term under a key and shows the list with it on page 1 (post-redirect-get).</summary>
    public IActionResult OnPostZoeken() =>
        RedirectToPage(new { Status = GekozenStatus, Zoek = zoekopdrachten.Bewaar(Zoekterm) });
}
