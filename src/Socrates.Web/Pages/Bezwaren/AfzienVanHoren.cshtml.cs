using Mediator;
using Socrates.Application.Bezwaren.AfzienVanHoren;

namespace Socrates.Web.Pages.Bezwaren;

/// <summary>Afzien van horen: one step of the bezwaar.</summary>
public sealed class AfzienVanHorenModel(IMediator mediator) : BezwaarFormulierModel<AfzienVanHorenVastleggen>(mediator)
{
    protected override string Melding => "Vastgelegd dat van horen wordt afgezien.";

    public void OnGet()
    {
    }
}
