using Mediator;

namespace Socrates.Web.Pages.Bezwaren;

/// <summary>One bezwaar with its steps: what has been done, and a link to each step that can still be taken.</summary>
public sealed class DetailsModel(IMediator mediator) : BezwaarPaginaModel(mediator)
{
    public void OnGet()
    {
    }
}
