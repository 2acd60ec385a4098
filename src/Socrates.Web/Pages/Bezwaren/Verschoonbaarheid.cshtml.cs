using Mediator;
using Socrates.Application.Bezwaren.Verschoonbaarheid;

namespace Socrates.Web.Pages.Bezwaren;

/// <summary>Verschoonbaarheid beoordelen: one step of the bezwaar.</summary>
public sealed class VerschoonbaarheidModel(IMediator mediator) : BezwaarFormulierModel<VerschoonbaarheidBeoordelen>(mediator)
{
    protected override string Melding => "De verschoonbaarheid is vastgelegd.";

    public void OnGet()
    {
    }
}
