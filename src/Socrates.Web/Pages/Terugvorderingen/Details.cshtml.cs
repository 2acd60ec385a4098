using Mediator;

namespace Socrates.Web.Pages.Terugvorderingen;

/// <summary>One claim: its decision, months, ledger and what can be done next.</summary>
public sealed class DetailsModel(IMediator mediator) : TerugvorderingPaginaModel(mediator)
{
    public void OnGet()
    {
    }
}
