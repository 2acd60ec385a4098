using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Lijst;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Terugvorderingen;

/// <summary>
/// The municipality's claims: open ones by default, those waiting for a team lead, or the closed ones; "Naam of BSN" of
/// the debiteur is posted and kept under an opaque key (<see cref="Zoekopdrachten"/>), never in the URL.
/// </summary>
public sealed class IndexModel(IMediator mediator, Zoekopdrachten zoekopdrachten) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public TerugvorderingFilter? Filter { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    /// <summary>Only the claims of this person (an id, never a BSN in the URL).</summary>
    [BindProperty(SupportsGet = true)]
    public int? Debiteur { get; set; }

    /// <summary>The key of the "Naam of BSN" search, never the name or BSN itself.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Zoek { get; set; }

    /// <summary>"Naam of BSN" as posted by the search form.</summary>
    [BindProperty]
    public string? Zoekterm { get; set; }

    public Zoekopdracht Zoekopdracht { get; private set; } = Zoekopdracht.Geen;

    public Pagina<TerugvorderingRegelView> Lijst { get; private set; } = null!;

    public TerugvorderingFilter GekozenFilter => Filter ?? (Debiteur is null ? TerugvorderingFilter.Open : TerugvorderingFilter.Alle);

    public Zoekveld Zoekveld => new("Index", Waarden(), Zoekopdracht);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Zoekopdracht = zoekopdrachten.Lees(Zoek);
        Lijst = await mediator.Send(new TerugvorderingenLijst(GekozenFilter, Pagina, Debiteur, Zoekopdracht.Zoekterm), cancellationToken);
    }

    /// <summary>Keeps the term under a key and shows the list with it on page 1 (post-redirect-get).</summary>
    public IActionResult OnPostZoeken()
    {
        var waarden = new RouteValueDictionary(Waarden().ToDictionary(w => w.Key, w => (object?)w.Value))
        {
            [nameof(Zoek)] = zoekopdrachten.Bewaar(Zoekterm),
        };
        return RedirectToPage(waarden);
    }

    /// <summary>The tab and the debiteur (an id) as query-string values, without the search and the page.</summary>
    private Dictionary<string, string> Waarden()
    {
        var waarden = new Dictionary<string, string>(StringComparer.Ordinal) { [nameof(Filter)] = GekozenFilter.ToString() };
        if (Debiteur is { } debiteur)
        {
            waarden[nameof(Debiteur)] = debiteur.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return waarden;
    }
}
