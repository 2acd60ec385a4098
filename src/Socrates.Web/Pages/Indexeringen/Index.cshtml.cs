using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Indexeringen.Lijst;

namespace Socrates.Web.Pages.Indexeringen;

/// <summary>The gemeente's indexeringen: the recalculations of paid months after the national figures changed (docs/normen.md).</summary>
public sealed class IndexModel(IMediator mediator) : PageModel
{
    public IReadOnlyList<IndexeringRij> Lijst { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Lijst = await mediator.Send(new IndexeringenOpvragen(), cancellationToken);
}
