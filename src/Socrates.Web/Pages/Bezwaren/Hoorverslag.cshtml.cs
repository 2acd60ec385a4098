using Mediator;
using Socrates.Application.Bezwaren.Hoorverslag;

namespace Socrates.Web.Pages.Bezwaren;

/// <summary>Hoorverslag vastleggen: one step of the bezwaar.</summary>
public sealed class HoorverslagModel(IMediator mediator) : BezwaarFormulierModel<HoorverslagVastleggen>(mediator)
{
    protected override string Melding => "Het verslag van de hoorzitting is vastgelegd.";

    public void OnGet()
    {
    }
}
