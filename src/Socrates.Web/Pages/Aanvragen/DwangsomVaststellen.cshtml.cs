using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Aanvragen.DwangsomVaststellen;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>Proposes the vaststelling of the dwangsom (Awb 4:18) at the amount the dates give; a team lead approves it.</summary>
public sealed class DwangsomVaststellenModel(IMediator mediator) : DwangsomPaginaModel<DwangsomVoorstellen>(mediator)
{
    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) =>
        VerstuurAsync(id, "De vaststelling van de dwangsom is voorgesteld. Een teamleider keurt haar goed.", cancellationToken);
}
