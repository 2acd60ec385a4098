using Mediator;
using Socrates.Application.Terugvorderingen.Beoordelen;

namespace Socrates.Web.Pages.Terugvorderingen;

/// <summary>A team lead approves or sends back a proposed claim; never his own.</summary>
public sealed class BeoordelenModel(IMediator mediator) : OpdrachtPaginaModel<TerugvorderingBeoordelen>(mediator)
{
    protected override string Melding => "Uw oordeel over de terugvordering is vastgelegd.";
}
