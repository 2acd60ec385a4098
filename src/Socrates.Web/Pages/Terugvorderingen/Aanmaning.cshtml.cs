using Mediator;
using Socrates.Application.Terugvorderingen.Aanmaning;

namespace Socrates.Web.Pages.Terugvorderingen;

/// <summary>Records an aanmaning, which restarts the verjaring (Awb 4:106).</summary>
public sealed class AanmaningModel(IMediator mediator) : OpdrachtPaginaModel<AanmaningRegistreren>(mediator)
{
    protected override string Melding => "De aanmaning is geregistreerd; de verjaring begint opnieuw.";
}
