using Mediator;
using Socrates.Application.Terugvorderingen.Afzien;

namespace Socrates.Web.Pages.Terugvorderingen;

/// <summary>A team lead (never the proposer) decides on a proposal to refrain; a kwijtschelding always needs one.</summary>
public sealed class AfzienBeoordelenModel(IMediator mediator) : OpdrachtPaginaModel<AfzienBeoordelen>(mediator)
{
    protected override string Melding => "Uw oordeel over het afzien is vastgelegd.";
}
