using Mediator;
using Socrates.Application.Bezwaren.Beoordelen;

namespace Socrates.Web.Pages.Bezwaren;

/// <summary>A team lead takes the proposed beslissing op bezwaar or sends it back (four-eyes, Awb 7:5).</summary>
public sealed class BeoordelenModel(IMediator mediator) : BezwaarFormulierModel<BeslissingBeoordelen>(mediator)
{
    protected override string Melding => "Het oordeel over de beslissing op bezwaar is vastgelegd.";

    public void OnGet()
    {
    }
}
