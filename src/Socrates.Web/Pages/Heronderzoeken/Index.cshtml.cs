using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Heronderzoeken.Lijst;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Web.Pages.Heronderzoeken;

/// <summary>
/// The planning list of heronderzoeken (docs/heronderzoek.md): filters in the query string (stand, consulent id), one page
/// sorted by due date. The first read of a day plans what has come due in this gemeente (<see cref="HeronderzoekenPlannen"/>),
/// so the list is complete even when the daily planning has not run.
/// </summary>
public sealed partial class IndexModel(IMediator mediator, IHuidigeGebruiker gebruiker, Planningsgeheugen geheugen, TimeProvider klok, ILogger<IndexModel> log)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public HeronderzoekStand? Stand { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Consulent { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    public HeronderzoekenView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await PlanAlsNodigAsync(cancellationToken);
        View = await mediator.Send(new HeronderzoekenOpvragen(Pagina, Consulent, Stand), cancellationToken);
    }

    /// <summary>The query string of this list with another page number.</summary>
    public Dictionary<string, string> Route(int pagina) => new(StringComparer.Ordinal)
    {
        ["Stand"] = Stand?.ToString() ?? "",
        ["Consulent"] = Consulent ?? "",
        ["Pagina"] = pagina.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private async Task PlanAlsNodigAsync(CancellationToken cancellationToken)
    {
        var gemeente = gebruiker.Gemeente;
        var vandaag = klok.Vandaag();
        if (gemeente is null || geheugen.IsGepland(gemeente, vandaag))
        {
            return;
        }

        try
        {
            await mediator.Send(new HeronderzoekenPlannen(), cancellationToken);
            geheugen.Gepland(gemeente, vandaag);
        }
        catch (DbUpdateException fout)
        {
            // Another instance planned the same heronderzoek at the same moment (the unique key): the list is complete anyway.
            LogTegelijk(log, fout);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Heronderzoeken tegelijk gepland door een andere instantie; de lijst toont wat er is")]
    private static partial void LogTegelijk(ILogger log, Exception fout);
}
