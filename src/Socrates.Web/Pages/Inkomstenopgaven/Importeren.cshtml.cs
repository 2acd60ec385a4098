using System.Text;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Inkomstenopgaven.Importeren;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Web.Navigatie;

namespace Socrates.Web.Pages.Inkomstenopgaven;

/// <summary>
/// The CSV import: one file with the loonstroken of many clients. Either every row is saved (the message gives the count and
/// the netto total), or nothing is and the page lists every problem by line and column. The columns are explained on the
/// page and in an example file (<c>?handler=Voorbeeld</c>).
/// </summary>
public sealed class ImporterenModel(IMediator mediator, TimeProvider klok) : PageModel
{
    /// <summary>How many problems the page lists; the rest are counted.</summary>
    public const int GetoondeFouten = 1_000;

    [BindProperty]
    public Formulier Input { get; set; } = new();

    /// <summary>The problems of a refused file, by line (empty until one is refused).</summary>
    public IReadOnlyList<Importfout> Fouten { get; private set; } = [];

    public static IReadOnlyList<Opgavekolom> Kolommen => Opgavekolommen.Alle;

    public void OnGet()
    {
    }

    /// <summary>The example file, with last month in it; UTF-8 with a byte order mark, so Excel shows é and ë as they are.</summary>
    public FileContentResult OnGetVoorbeeld()
    {
        var tekst = Opgavekolommen.Voorbeeld(Maand.Van(klok.Vandaag()).Vorige.ToString());
        return File([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(tekst)], "text/csv; charset=utf-8", "inkomstenopgaven-voorbeeld.csv");
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        string? tekst = null;
        if (Input.Bestand is { } bestand)
        {
            await using var stroom = bestand.OpenReadStream();
            tekst = await Bestandstekst.LeesAsync(stroom, InkomstenopgavenImporteren.MaximumTekens, cancellationToken);
        }

        var uitkomst = await mediator.Send(
            new InkomstenopgavenImporteren { Formuliersleutel = Input.Formuliersleutel, Bestandsnaam = Input.Bestand?.FileName, Bestand = tekst },
            cancellationToken);
        TempData.ZetMelding($"{uitkomst.Aantal} {(uitkomst.Aantal == 1 ? "inkomstenopgave" : "inkomstenopgaven")} ingelezen, samen {uitkomst.Netto} netto. "
            + "Ze tellen mee in de volgende betaalrun.");
        return RedirectToPage();
    }

    /// <summary>A refused file: keeps its problems for the table (the error filter still shows the form again, with the summary).</summary>
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Exception is BestandAfgekeurdException afgekeurd)
        {
            Fouten = afgekeurd.Fouten;
        }
    }

    /// <summary>The upload form: the file and the form's own key.</summary>
    public sealed class Formulier
    {
        public IFormFile? Bestand { get; set; }

        public Guid? Formuliersleutel { get; set; }
    }
}
