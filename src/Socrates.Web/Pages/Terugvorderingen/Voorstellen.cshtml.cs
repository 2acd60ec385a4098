using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Voorstellen;
using Socrates.Application.Toekenningen.Lijst;
using Socrates.Domain.Toekenningen;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Terugvorderingen;

/// <summary>
/// A new claim on a toekenning. Without <c>toekenning</c> it lists the active toekenningen to choose from; with
/// <c>wijziging</c> (a herberekening's aanvraag id) the rows come prefilled with the months paid too much.
/// </summary>
public sealed class VoorstellenModel(IMediator mediator) : PageModel
{
    public const int LegeRegels = 6;

    private int _extra;

    [BindProperty(SupportsGet = true)]
    public int? Toekenning { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Wijziging { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    [BindProperty]
    public TerugvorderingVoorstellen Input { get; set; } = new();

    public TerugvorderingVoorbereidingView? Voorbereiding { get; private set; }

    public Pagina<ToekenningRegelView>? Toekenningen { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (Toekenning is { } id)
        {
            Voorbereiding = await mediator.Send(new TerugvorderingVoorbereiding(id, Wijziging), HttpContext.RequestAborted);
            if (Voorbereiding is null)
            {
                context.Result = NotFound();
                return;
            }
        }
        else
        {
            Toekenningen = await mediator.Send(new ToekenningenLijst(ToekenningStatus.Actief, Pagina), HttpContext.RequestAborted);
        }

        await next();
    }

    public void OnGet()
    {
        if (Voorbereiding is not null)
        {
            Input = Input with { Maanden = Voorbereiding.Voorgevuld };
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Voorbereiding is null)
        {
            return NotFound();
        }

        var id = await mediator.Send(Input with { ToekenningId = Voorbereiding.ToekenningId, BronAanvraagId = Wijziging }, cancellationToken);
        TempData.ZetMelding("De terugvordering is vastgelegd.");
        return RedirectToPage("Details", new { id });
    }

    /// <summary>More empty rows without saving anything (no script needed): what was typed stays.</summary>
    public IActionResult OnPostRegels()
    {
        if (Voorbereiding is null)
        {
            return NotFound();
        }

        _extra = LegeRegels;
        return Page();
    }

    /// <summary>The rows to show: what was posted or prefilled, topped up to at least <see cref="LegeRegels"/> empty ones.</summary>
    public IReadOnlyList<MaandRegel> Regels =>
        [.. Input.Maanden ?? [], .. Enumerable.Repeat(new MaandRegel(), _extra + Math.Max(0, LegeRegels - (Input.Maanden ?? []).Count(r => r.IsLeeg)))];
}
