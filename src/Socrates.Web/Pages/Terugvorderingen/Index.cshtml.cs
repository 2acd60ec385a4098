using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Lijst;
using Socrates.Web.Exporteren;
using Socrates.Web.Navigatie;
using Socrates.Web.Weergave;

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

    [BindProperty(SupportsGet = true)]
    public TerugvorderingSortering? Sortering { get; set; }

    [BindProperty(SupportsGet = true)]
    public Sorteerrichting? Richting { get; set; }

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

    /// <summary>Newest first unless a column was chosen.</summary>
    public TerugvorderingSortering GekozenSortering => Sortering ?? TerugvorderingSortering.Nummer;

    public Sorteerrichting GekozenRichting => Richting ?? (Sortering is null ? Sorteerrichting.Aflopend : Sorteerrichting.Oplopend);

    public Zoekveld Zoekveld => new("Index", Waarden(), Zoekopdracht);

    public Exportlinks Exportlinks => new(Paginas.Terugvorderingen.Index, Lijstwaarden());

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Zoekopdracht = zoekopdrachten.Lees(Zoek);
        Lijst = await mediator.Send(Vraag(), cancellationToken);
    }

    /// <summary>Every claim with the tab, search and order on screen, as CSV or xlsx (audited by the query).</summary>
    public async Task<IActionResult> OnGetExportAsync(Exportformaat formaat, CancellationToken cancellationToken)
    {
        Zoekopdracht = zoekopdrachten.Lees(Zoek);
        var export = await mediator.Send(new TerugvorderingenExporteren(Vraag()), cancellationToken);
        return new ExportResultaat(Terugvorderingenexport.Tabel(export.Rijen), formaat);
    }

    public Sorteerkop Kop(string titel, TerugvorderingSortering kolom, bool rechts = false) =>
        Sorteerkop.Voor(titel, Paginas.Terugvorderingen.Index, kolom, GekozenSortering, GekozenRichting, Lijstwaarden(), rechts);

    /// <summary>The tab, debiteur, search key and order as query-string values, with the given page.</summary>
    public Dictionary<string, string> Lijstwaarden(int? pagina = null)
    {
        var waarden = Waarden();
        Sorteerkop.Lijstwaarden(waarden, Zoekopdracht.ActieveSleutel, Sortering is not null || Richting is not null, GekozenSortering, GekozenRichting, pagina);
        return waarden;
    }

    private TerugvorderingenLijst Vraag() =>
        new(GekozenFilter, Pagina, Debiteur, Zoekopdracht.Zoekterm, GekozenSortering, GekozenRichting);

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
