using Mediator;
using Socrates.Application.Bezwaren.Verdagen;

namespace Socrates.Web.Pages.Bezwaren;

/// <summary>Beslissing verdagen: one step of the bezwaar.</summary>
public sealed class VerdagenModel(IMediator mediator) : BezwaarFormulierModel<BeslissingVerdagen>(mediator)
{
    protected override string Melding => "De beslissing is verdaagd met zes weken.";

    public void OnGet()
    {
    }
}
