using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Indexeringen.Berichten;

namespace Socrates.Web.Pages.Indexeringen;

/// <summary>
/// The indexeringsberichten of one indexering as one printable document (A4, a page per household), or one household's
/// when <c>aanvrager</c> is given; in batches of <see cref="IndexeringBerichtenHandler.PerPagina"/>.
/// </summary>
public sealed class BerichtenModel(IMediator mediator) : PageModel
{
    public IndexeringBerichtenView Berichten { get; private set; } = null!;

    public async Task OnGetAsync(int id, int? aanvrager, int? pagina, CancellationToken cancellationToken) =>
        Berichten = await mediator.Send(new IndexeringBerichten(id, aanvrager, pagina), cancellationToken);
}
