using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Socrates.Application.Aanvragen.Besluit;
using Socrates.Domain.Aanvragen;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Aanvragen;

/// <summary>
/// The consulent proposes the decision: toekenning from an ingangsdatum, or afwijzing with ground and motivering; on a
/// wijziging a new toekenning from its date, or the end of the bijstand.
/// </summary>
public sealed class BesluitModel(IMediator mediator) : AanvraagFormulierModel<BesluitVoorstellen>(mediator)
{
    public BesluitVoorbereidingView? Voorbereiding { get; private set; }

    /// <summary>The requested bewijsstukken that have not come in: a toekenning then needs a reason.</summary>
    public IReadOnlyList<OntbrekendBewijsstuk> Ontbrekend =>
        [.. Kop.Bewijsstukken.Where(b => !b.IsOntvangen).Select(b => new OntbrekendBewijsstuk(b.Omschrijving, b.GevraagdOp))];

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        await base.OnPageHandlerExecutionAsync(context, async () =>
        {
            Voorbereiding = await Mediator.Send(new BesluitVoorbereiding(Kop.Id), HttpContext.RequestAborted);
            return await next();
        });
    }

    public IActionResult OnGet(int id)
    {
        if (Kop.Status != AanvraagStatus.InBehandeling || Voorbereiding is null)
        {
            return RedirectToPage(Paginas.Aanvragen.Dossier, new { id });
        }

        // No choice is made for the consulent (issue #19): only the ground the law dictates is filled in.
        var afwijzen = Voorbereiding.SvbBevoegdVanaf is not null && !Voorbereiding.IsWijziging;
        Input = Input with
        {
            Ingangsdatum = Voorbereiding.VroegsteIngangsdatum,
            Afwijzingsgrond = afwijzen ? Afwijzingsgrond.SvbBevoegd : Input.Afwijzingsgrond,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var uitkomst = await Mediator.Send(Input with { AanvraagId = id }, cancellationToken);
        TempData.ZetMelding(Besluitmeldingen.Na(uitkomst, Kop.IsWijziging));
        return RedirectToPage(Paginas.Aanvragen.Dossier, new { id });
    }
}
