using Mediator;
using Socrates.Application.Terugvorderingen.Correctie;

namespace Socrates.Web.Pages.Terugvorderingen;

/// <summary>A correction: a new movement with a reason; nothing on the ledger is ever changed.</summary>
public sealed class CorrectieModel(IMediator mediator) : OpdrachtPaginaModel<CorrectieBoeken>(mediator)
{
    protected override string Melding => "De correctie is geboekt.";
}
