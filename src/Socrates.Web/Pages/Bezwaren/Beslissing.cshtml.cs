using Mediator;
using Socrates.Application.Bezwaren.Beslissing;

namespace Socrates.Web.Pages.Bezwaren;

/// <summary>The behandelaar proposes the beslissing op bezwaar (Awb 7:11); a team lead takes it.</summary>
public sealed class BeslissingModel(IMediator mediator) : BezwaarFormulierModel<BeslissingVoorstellen>(mediator)
{
    protected override string Melding => "De beslissing is voorgesteld. Een teamleider neemt haar (vier ogen).";

    public void OnGet()
    {
    }
}
