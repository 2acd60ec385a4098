using Mediator;
using Socrates.Application.Terugvorderingen.Boete;

namespace Socrates.Web.Pages.Terugvorderingen;

/// <summary>A bestuurlijke boete (art. 18a) on a lid-1 claim.</summary>
public sealed class BoeteModel(IMediator mediator) : OpdrachtPaginaModel<BoeteVoorstellen>(mediator)
{
    protected override string Melding => "De boete is vastgelegd als eigen terugvordering.";
}
