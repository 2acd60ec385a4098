using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Socrates.Application.Bezwaren.Lijst;
using Socrates.Domain.Bezwaren;

namespace Socrates.Web.Pages.Bezwaren;

/// <summary>The gemeente's bezwaren, nearest beslistermijn first, with filters on status, behandelaar and termijn.</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    [BindProperty(SupportsGet = true)]
    public BezwaarStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Behandelaar { get; set; }

    [BindProperty(SupportsGet = true)]
    public Termijnfilter? Termijn { get; set; }

    public BezwarenView Lijst { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> Behandelaars { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Lijst = await mediator.Send(new BezwarenLijst { Pagina = Pagina, Status = Status, Behandelaar = Behandelaar, Termijn = Termijn }, cancellationToken);
        Behandelaars = [new SelectListItem("Nog niemand", "geen"), .. Lijst.Behandelaars.Select(b => new SelectListItem(b.Naam, b.Id))];
    }

    public Dictionary<string, string> Lijstwaarden(int pagina) => new(StringComparer.Ordinal)
    {
        ["Pagina"] = pagina.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Status"] = Status?.ToString() ?? "",
        ["Behandelaar"] = Behandelaar ?? "",
        ["Termijn"] = Termijn?.ToString() ?? "",
    };
}
