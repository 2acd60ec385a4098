using Mediator;
using Socrates.Application.Bezwaren.VoorlopigeVoorziening;

namespace Socrates.Web.Pages.Bezwaren;

/// <summary>Voorlopige voorziening noteren: one step of the bezwaar.</summary>
public sealed class VoorlopigeVoorzieningModel(IMediator mediator) : BezwaarFormulierModel<VoorlopigeVoorzieningNoteren>(mediator)
{
    protected override string Melding => "Het verzoek om een voorlopige voorziening is genoteerd.";

    public void OnGet()
    {
    }
}
