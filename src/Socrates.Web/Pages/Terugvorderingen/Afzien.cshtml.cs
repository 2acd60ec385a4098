using Mediator;
using Socrates.Application.Terugvorderingen.Afzien;

namespace Socrates.Web.Pages.Terugvorderingen;

/// <summary>Proposes to refrain from recovery (art. 58 lid 7–8); a team lead decides on the same page.</summary>
public sealed class AfzienModel(IMediator mediator) : OpdrachtPaginaModel<AfzienVoorstellen>(mediator)
{
    protected override string Melding => "Het voorstel tot afzien ligt bij de teamleider.";
}
