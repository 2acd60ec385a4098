using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Socrates.Application.Aanvragen.Heropenen;
using Socrates.Application.Bezwaren.Lijst;
using Socrates.Domain.Bezwaren;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>
/// After a bezwaar herroeped this aanvraag's afwijzing, buiten behandeling stellen or beëindiging (Awb 7:11 lid 2): the consulent
/// takes it into handling again and then proposes the besluit in its place on the usual Besluit page.
/// </summary>
public sealed class HeropenenModel(IMediator mediator) : AanvraagFormulierModel<AanvraagHeropenen>(mediator)
{
    /// <summary>The bezwaar whose herroeping waits for a new besluit on this aanvraag; null when there is none.</summary>
    public DossierBezwaar? Herroeping { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        await base.OnPageHandlerExecutionAsync(context, async () =>
        {
            var gevraagd = int.TryParse(Request.Query["bezwaar"], out var id) ? id : Input.BezwaarId;
            Herroeping = (await Mediator.Send(new BezwarenVanAanvraag(Kop.Id), HttpContext.RequestAborted))
                .FirstOrDefault(b => b.Status == BezwaarStatus.HerroepingUitvoeren && !b.ViaWijziging && (gevraagd == 0 || b.Id == gevraagd));
            return await next();
        });
    }

    public IActionResult OnGet(int id)
    {
        if (Herroeping is null)
        {
            return RedirectToPage(Paginas.Aanvragen.Dossier, new { id });
        }

        Input = Input with { BezwaarId = Herroeping.Id };
        return Page();
    }

    public Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) =>
        VerstuurAsync(id, "De aanvraag is opnieuw in behandeling. Stel het besluit voor dat in de plaats komt van het herroepen besluit.", cancellationToken);
}
