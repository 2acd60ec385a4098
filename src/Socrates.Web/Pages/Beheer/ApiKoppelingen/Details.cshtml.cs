using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Beheer.ApiKoppelingen.Details;
using Socrates.Application.Beheer.ApiKoppelingen.Lijst;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Beheer.ApiKoppelingen;

/// <summary>One API-koppeling: its role, rights, key prefix and use; revoking it here refuses its key from the next call. 404 for another gemeente's.</summary>
public sealed class DetailsModel(IMediator mediator) : PageModel
{
    [BindProperty]
    public ApiKoppelingIntrekken Input { get; set; } = new();

    public ApiKoppelingRegel Koppeling { get; private set; } = null!;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var id = Convert.ToInt32(RouteData.Values["id"], System.Globalization.CultureInfo.InvariantCulture);
        if (await mediator.Send(new ApiKoppelingDetails(id), HttpContext.RequestAborted) is not { } koppeling)
        {
            context.Result = NotFound();
            return;
        }

        Koppeling = koppeling;
        await next();
    }

    public void OnGet() => Input = new ApiKoppelingIntrekken { Id = Koppeling.Id, Versie = Koppeling.Versie };

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        await mediator.Send(Input with { Id = id }, cancellationToken);
        TempData.ZetMelding("De koppeling is ingetrokken: haar sleutel wordt vanaf nu geweigerd.");
        return RedirectToPage(Paginas.Beheer.ApiKoppeling, new { id });
    }
}
