using Mediator;
using Microsoft.AspNetCore.Mvc;
using Socrates.Application.Aanvragen.DwangsomBeoordelen;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>A team lead approves (Awb 4:18) or sends back the proposed vaststelling of the dwangsom; never his own (four-eyes).</summary>
public sealed class DwangsomBeoordelenModel(IMediator mediator) : DwangsomPaginaModel<DwangsomBeoordelen>(mediator)
{
    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) =>
        VerstuurAsync(id, Input.Goedgekeurd == true ? "De dwangsom is vastgesteld (Awb 4:18)." : "De vaststelling is teruggestuurd.", cancellationToken);
}
