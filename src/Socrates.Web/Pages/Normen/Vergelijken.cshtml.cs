using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Normen.Vergelijken;

namespace Socrates.Web.Pages.Normen;

/// <summary>Any two normensets side by side (<c>?a=&amp;b=</c>), the changed figures marked with their change in percent.</summary>
public sealed class VergelijkenModel(IMediator mediator) : PageModel
{
    public Normensetvergelijking Vergelijking { get; private set; } = null!;

    public async Task OnGetAsync(int a, int b, CancellationToken cancellationToken) =>
        Vergelijking = await mediator.Send(new NormensetsVergelijken(a, b), cancellationToken);
}
