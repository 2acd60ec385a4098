using Mediator;
using Microsoft.AspNetCore.Authorization;
using Socrates.Application.Terugvorderingen.Boete;

namespace Socrates.Web.Pages.Terugvorderingen;

/// <summary>A bestuurlijke boete (art. 18a) on a lid-1 claim.</summary>
[Authorize(Roles = "Consulent,Teamleider")]
public sealed class BoeteModel(IMediator mediator) : OpdrachtPaginaModel<BoeteVoorstellen>(mediator)
{
    protected override string Melding => "De boete is vastgelegd als eigen terugvordering.";
}
