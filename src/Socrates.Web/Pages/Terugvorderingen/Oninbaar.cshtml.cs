using Mediator;
using Socrates.Application.Terugvorderingen.Oninbaar;

namespace Socrates.Web.Pages.Terugvorderingen;

/// <summary>A team lead stops collecting a claim; the saldo stays on the ledger.</summary>
public sealed class OninbaarModel(IMediator mediator) : OpdrachtPaginaModel<OninbaarVerklaren>(mediator)
{
    protected override string Melding => "De terugvordering is oninbaar verklaard.";
}
