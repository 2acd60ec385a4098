using Mediator;
using Socrates.Application.Bezwaren.Hoorzitting;

namespace Socrates.Web.Pages.Bezwaren;

/// <summary>Hoorzitting plannen: one step of the bezwaar.</summary>
public sealed class HoorzittingModel(IMediator mediator) : BezwaarFormulierModel<HoorzittingPlannen>(mediator)
{
    protected override string Melding => "De hoorzitting is gepland.";

    public void OnGet()
    {
    }
}
