using Mediator;
using Microsoft.AspNetCore.Authorization;

namespace Socrates.Web.Pages.Terugvorderingen;

/// <summary>One claim: its decision, months, ledger and what can be done next.</summary>
[Authorize(Roles = "Consulent,Teamleider")]
public sealed class DetailsModel(IMediator mediator) : TerugvorderingPaginaModel(mediator)
{
    public void OnGet()
    {
    }
}
