using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Toewijzen;
using Socrates.Application.Werkvoorraad.Lijst;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Web.Exporteren;
using Socrates.Web.Navigatie;
using WerkvoorraadVraag = Socrates.Application.Werkvoorraad.Lijst.Werkvoorraad;

namespace Socrates.Web.Pages.Werkvoorraad;

/// <summary>
/// The werkvoorraad: filters in the query string (statuses, user ids, never personal data), a sortable page of
/// aanvragen and open bezwaren, and per aanvraag a form to take it (consulent) or assign it (teamleider); an unassigned bezwaar
/// links to its behandelaar step. "Naam of BSN" is posted and
/// kept under an opaque key (<see cref="Zoekopdrachten"/>), so the URL holds only that key.
/// </summary>
public sealed class IndexModel(IMediator mediator, IHuidigeGebruiker gebruiker, Zoekopdrachten zoekopdrachten) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public WerkvoorraadWeergave? Weergave { get; set; }

    [BindProperty(SupportsGet = true)]
    public AanvraagStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Behandelaar { get; set; }

    [BindProperty(SupportsGet = true)]
    public TermijnFilter? Termijn { get; set; }

    [BindProperty(SupportsGet = true)]
    public WerkvoorraadSortering? Sortering { get; set; }

    [BindProperty(SupportsGet = true)]
    public Sorteerrichting? Richting { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    /// <summary>The key of the "Naam of BSN" search (<see cref="Zoekopdrachten"/>), never the name or BSN itself.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Zoek { get; set; }

    /// <summary>"Naam of BSN" as posted by the search form.</summary>
    [BindProperty]
    public string? Zoekterm { get; set; }

    [BindProperty]
    public AanvraagToewijzen Input { get; set; } = new();

    public Zoekopdracht Zoekopdracht { get; private set; } = Zoekopdracht.Geen;

    public WerkvoorraadView View { get; private set; } = null!;

    public bool IsTeamleider => gebruiker.HeeftRol(Rol.Teamleider);

    /// <summary>Whether the list can hold aanvragen: not for the bezwaarbehandelaar, who opens no dossier (only bezwaren).</summary>
    public bool ZietAanvragen => gebruiker.HeeftRol(Rol.Consulent) || IsTeamleider;

    /// <summary>Whether the bezwaar's own pages open for this user (<c>Paginarechten</c>: bezwaarbehandelaar and teamleider).</summary>
    public bool OpentBezwaren => gebruiker.HeeftRol(Rol.Bezwaarbehandelaar) || IsTeamleider;

    public string? MijnId => gebruiker.Id;

    /// <summary>A teamleider starts with the whole team, a consulent with his own aanvragen.</summary>
    public WerkvoorraadWeergave GekozenWeergave => Weergave ?? (IsTeamleider ? WerkvoorraadWeergave.Team : WerkvoorraadWeergave.Mijn);

    public WerkvoorraadSortering GekozenSortering => Sortering ?? WerkvoorraadSortering.Termijn;

    public Sorteerrichting GekozenRichting => Richting ?? Sorteerrichting.Oplopend;

    public bool HeeftFilters => Status is not null || Termijn is not null || Zoekopdracht.Gezocht is not null
        || (GekozenWeergave == WerkvoorraadWeergave.Team && !string.IsNullOrEmpty(Behandelaar));

    /// <summary>The "Naam of BSN" field: its form keeps the other filters and starts again on page 1.</summary>
    public Zoekveld Zoekveld => new(Paginas.Werkvoorraad.Index, Waarden((nameof(Zoek), null), (nameof(Pagina), null)), Zoekopdracht);

    public void OnGet()
    {
    }

    /// <summary>Keeps the term under a key and shows the list with it on page 1 (post-redirect-get).</summary>
    public IActionResult OnPostZoeken() =>
        RedirectToPage(Routewaarden(Waarden((nameof(Zoek), zoekopdrachten.Bewaar(Zoekterm)), (nameof(Pagina), null))));

    public async Task<IActionResult> OnPostToewijzenAsync(CancellationToken cancellationToken)
    {
        await mediator.Send(Input, cancellationToken);
        TempData.ZetMelding(Input.BehandelaarId == gebruiker.Id ? "U hebt de aanvraag opgepakt." : "De aanvraag is toegewezen.");
        return RedirectToPage(Routewaarden(Waarden()));
    }

    /// <summary>Every row with the filters and order on screen, as CSV or xlsx (audited by the query).</summary>
    public async Task<IActionResult> OnGetExportAsync(Exportformaat formaat, CancellationToken cancellationToken)
    {
        var export = await mediator.Send(new WerkvoorraadExporteren(Vraag()), cancellationToken);
        return new ExportResultaat(Werkvoorraadexport.Tabel(export.Rijen), formaat);
    }

    public Exportlinks Exportlinks => new(Paginas.Werkvoorraad.Index, Waarden());

    /// <summary>
    /// Loads the werkvoorraad for every page that is shown: a GET, or a POST the error filter shows again with its
    /// message (then the rows are read after the refusal, so they carry the current versions).
    /// </summary>
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Zoekopdracht = zoekopdrachten.Lees(Zoek);
        var uitgevoerd = await next();
        var getoond = uitgevoerd.Exception is null
            ? uitgevoerd.Result is null or PageResult
            : uitgevoerd.Exception is ValidationException or DomeinregelException or DbUpdateConcurrencyException;
        if (getoond)
        {
            View = await mediator.Send(Vraag(), HttpContext.RequestAborted);
        }
    }

    private WerkvoorraadVraag Vraag() => new()
    {
        Weergave = GekozenWeergave,
        Status = Status,
        Behandelaar = Behandelaar,
        Termijn = Termijn,
        Sortering = GekozenSortering,
        Richting = GekozenRichting,
        Pagina = Pagina,
        Zoekterm = Zoekopdracht.Zoekterm,
    };

    /// <summary>The current filters as query-string values, with the given changes; a null value is left out.</summary>
    public Dictionary<string, string> Waarden(params (string Sleutel, string? Waarde)[] wijzigingen)
    {
        ArgumentNullException.ThrowIfNull(wijzigingen);
        var waarden = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [nameof(Weergave)] = GekozenWeergave.ToString(),
            [nameof(Status)] = Status?.ToString(),
            [nameof(Behandelaar)] = GekozenWeergave == WerkvoorraadWeergave.Team ? Behandelaar : null,
            [nameof(Termijn)] = Termijn?.ToString(),
            [nameof(Sortering)] = Sortering?.ToString(),
            [nameof(Richting)] = Richting?.ToString(),
            [nameof(Zoek)] = Zoekopdracht.ActieveSleutel,
            [nameof(Pagina)] = View is { Regels.Nummer: > 1 } ? View.Regels.Nummer.ToString(CultureInfo.InvariantCulture) : null,
        };
        foreach (var (sleutel, waarde) in wijzigingen)
        {
            waarden[sleutel] = waarde;
        }

        return waarden.Where(w => !string.IsNullOrEmpty(w.Value)).ToDictionary(w => w.Key, w => w.Value!, StringComparer.Ordinal);
    }

    private static RouteValueDictionary Routewaarden(Dictionary<string, string> waarden) =>
        new(waarden.ToDictionary(w => w.Key, w => (object?)w.Value));

    public Dictionary<string, string> NaarWeergave(WerkvoorraadWeergave weergave) =>
        Waarden((nameof(Weergave), weergave.ToString()), (nameof(Behandelaar), null), (nameof(Pagina), null));

    public Dictionary<string, string> NaarPagina(int nummer) =>
        Waarden((nameof(Pagina), nummer > 1 ? nummer.ToString(CultureInfo.InvariantCulture) : null));

    /// <summary>A column header sorts on its column ascending, or reverses the order when it already sorts on it.</summary>
    public Dictionary<string, string> SorteerOp(WerkvoorraadSortering kolom)
    {
        var richting = kolom == GekozenSortering && GekozenRichting == Sorteerrichting.Oplopend
            ? Sorteerrichting.Aflopend
            : Sorteerrichting.Oplopend;
        return Waarden((nameof(Sortering), kolom.ToString()), (nameof(Richting), richting.ToString()), (nameof(Pagina), null));
    }

    public string? AriaSort(WerkvoorraadSortering kolom) =>
        kolom != GekozenSortering ? null : GekozenRichting == Sorteerrichting.Oplopend ? "ascending" : "descending";

    /// <summary>Whether the signed-in consulent can take this aanvraag himself.</summary>
    public bool KanOppakken(WerkvoorraadRegel regel)
    {
        ArgumentNullException.ThrowIfNull(regel);
        return regel.IsOpen && !regel.IsBezwaar && MijnId is not null && regel.BehandelaarId != MijnId;
    }

    /// <summary>
    /// Where a bezwaar row leads: the bezwaar's page for who may open it, else (a consulent) the dossier or terugvordering whose
    /// besluit it contests, which shows its bezwaren.
    /// </summary>
    public string BezwaarAdres(WerkvoorraadRegel regel)
    {
        ArgumentNullException.ThrowIfNull(regel);
        return (OpentBezwaren, regel.Bezwaar) switch
        {
            (true, _) => Url.Page(Paginas.Bezwaren.Details, new { id = regel.Id })!,
            (false, { AanvraagId: { } aanvraag }) => Url.Page(Paginas.Aanvragen.Dossier, new { id = aanvraag })!,
            (false, { TerugvorderingId: { } vordering }) => Url.Page(Paginas.Terugvorderingen.Details, new { id = vordering })!,
            _ => Url.Page(Paginas.Bezwaren.Details, new { id = regel.Id })!,
        };
    }

    /// <summary>"12 aanvragen", "3 bezwaren", or "12 aanvragen en 3 bezwaren" (a bezwaarbehandelaar's list holds only bezwaren).</summary>
    public string Aantal(int totaal)
    {
        static string Tel(int n, string een, string meer) => n == 1 ? $"1 {een}" : $"{n} {meer}";
        var bezwaren = View.Bezwaren;
        var aanvragen = totaal - bezwaren;
        return (ZietAanvragen, aanvragen, bezwaren) switch
        {
            (false, _, _) or (true, 0, > 0) => Tel(bezwaren, "bezwaar", "bezwaren"),
            (true, _, 0) => Tel(aanvragen, "aanvraag", "aanvragen"),
            _ => $"{Tel(aanvragen, "aanvraag", "aanvragen")} en {Tel(bezwaren, "bezwaar", "bezwaren")}",
        };
    }
}
