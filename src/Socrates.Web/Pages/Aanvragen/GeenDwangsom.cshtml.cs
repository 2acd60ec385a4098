using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Aanvragen.GeenDwangsom;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>Records that no dwangsom is due (Awb 4:17 lid 6), with its ground and explanation.</summary>
public sealed class GeenDwangsomModel(IMediator mediator) : DwangsomPaginaModel<GeenDwangsomVastleggen>(mediator)
{
    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) =>
        VerstuurAsync(id, "Vastgelegd: geen dwangsom verschuldigd (Awb 4:17 lid 6). Stel nu de vaststelling op € 0 voor.", cancellationToken);
}
