using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Toekenningen.Lijst;
using Socrates.Domain.Toekenningen;
using Socrates.Web.Exporteren;
using Socrates.Web.Navigatie;
using Socrates.Web.Weergave;

namespace Socrates.Web.Pages.Toekenningen;

/// <summary>
/// The municipality's toekenningen: active ones by default, or those waiting for a team lead, sortable on their columns
/// and downloadable as CSV or xlsx; "Naam of BSN" of the aanvrager is posted and kept under an opaque key
/// (<see cref="Zoekopdrachten"/>), never in the URL.
/// </summary>
public sealed class IndexModel(IMediator mediator, Zoekopdrachten zoekopdrachten) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ToekenningStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    [BindProperty(SupportsGet = true)]
    public ToekenningSortering? Sortering { get; set; }

    [BindProperty(SupportsGet = true)]
    public Sorteerrichting? Richting { get; set; }

    /// <summary>The key of the "Naam of BSN" search, never the name or BSN itself.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Zoek { get; set; }

    /// <summary>"Naam of BSN" as posted by the search form.</summary>
    [BindProperty]
    public string? Zoekterm { get; set; }

    public Zoekopdracht Zoekopdracht { get; private set; } = Zoekopdracht.Geen;

    public Pagina<ToekenningRegelView> Lijst { get; private set; } = null!;

    public ToekenningStatus GekozenStatus => Status ?? ToekenningStatus.Actief;

    /// <summary>Newest ingangsdatum first unless a column was chosen.</summary>
    public ToekenningSortering GekozenSortering => Sortering ?? ToekenningSortering.Ingangsdatum;

    public Sorteerrichting GekozenRichting => Richting ?? (Sortering is null ? Sorteerrichting.Aflopend : Sorteerrichting.Oplopend);

    public Zoekveld Zoekveld => new("Index", new Dictionary<string, string> { [nameof(Status)] = GekozenStatus.ToString() }, Zoekopdracht);

    public Exportlinks Exportlinks => new(Paginas.Toekenningen.Index, Waarden());

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Zoekopdracht = zoekopdrachten.Lees(Zoek);
        Lijst = await mediator.Send(Vraag(), cancellationToken);
    }

    /// <summary>Every toekenning with the tab, search and order on screen, as CSV or xlsx (audited by the query).</summary>
    public async Task<IActionResult> OnGetExportAsync(Exportformaat formaat, CancellationToken cancellationToken)
    {
        Zoekopdracht = zoekopdrachten.Lees(Zoek);
        var export = await mediator.Send(new ToekenningenExporteren(Vraag()), cancellationToken);
        return new ExportResultaat(Toekenningenexport.Tabel(export.Rijen), formaat);
    }

    /// <summary>Keeps the term under a key and shows the list with it on page 1 (post-redirect-get).</summary>
    public IActionResult OnPostZoeken() =>
        RedirectToPage(new { Status = GekozenStatus, Zoek = zoekopdrachten.Bewaar(Zoekterm) });

    public Sorteerkop Kop(string titel, ToekenningSortering kolom, bool rechts = false) =>
        Sorteerkop.Voor(titel, Paginas.Toekenningen.Index, kolom, GekozenSortering, GekozenRichting, Waarden(), rechts);

    /// <summary>The tab, search key and order as query-string values, with the given page.</summary>
    public Dictionary<string, string> Waarden(int? pagina = null)
    {
        var waarden = new Dictionary<string, string>(StringComparer.Ordinal) { [nameof(Status)] = GekozenStatus.ToString() };
        Sorteerkop.Lijstwaarden(waarden, Zoekopdracht.ActieveSleutel, Sortering is not null || Richting is not null, GekozenSortering, GekozenRichting, pagina);
        return waarden;
    }

    private ToekenningenLijst Vraag() => new(GekozenStatus, Pagina, Zoekopdracht.Zoekterm, GekozenSortering, GekozenRichting);
}
