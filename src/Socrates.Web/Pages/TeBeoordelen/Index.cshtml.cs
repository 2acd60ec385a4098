using System.Globalization;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.TeBeoordelen.Goedkeuren;
using Socrates.Application.TeBeoordelen.Lijst;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Web.Exporteren;

namespace Socrates.Web.Pages.TeBeoordelen;

/// <summary>
/// The team lead's one list of proposals (besluiten, terugvorderingen, afzien, dwangsommen; and proefruns, which are made definitive only
/// on their own page, after the controle). Bulk approval: select rows, one confirmation screen listing them, approve. Each
/// row is approved by its own command in a scope of its own (its own transaction, audit line and beschikking, exactly as
/// when approved on its page); a row that changed since the list was drawn, or that its page would refuse (an own
/// proposal, missing bewijsstukken without a reason), is refused with the reason and the rest go through. Sending back
/// stays one at a time on the row's own page, with a reason.
/// </summary>
public sealed class IndexModel(IMediator mediator, IServiceScopeFactory scopes, GebruikerContext gebruiker) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Pagina { get; set; }

    /// <summary>The selected rows' keys (<see cref="TeBeoordelenRegel.Sleutel"/>), with the version each was read at.</summary>
    [BindProperty]
    public IReadOnlyList<string> Keuze { get; set; } = [];

    public TeBeoordelenView View { get; private set; } = null!;

    /// <summary>The rows selected for approval, on the confirmation screen; empty on the list.</summary>
    public IReadOnlyList<TeBeoordelenRegel> TeBevestigen { get; private set; } = [];

    /// <summary>Selected rows that changed or left the list since it was drawn (not on the confirmation screen).</summary>
    public int Verdwenen { get; private set; }

    /// <summary>After approving: each selected row with its outcome (null: approved; otherwise why it was refused).</summary>
    public IReadOnlyList<(string Sleutel, string Naam, string? Weigering)> Uitkomst { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => View = await LijstAsync(cancellationToken);

    /// <summary>The confirmation screen: the selected rows as the list shows them now.</summary>
    public async Task<IActionResult> OnPostBevestigenAsync(CancellationToken cancellationToken)
    {
        View = await LijstAsync(cancellationToken);
        var gekozen = Keuze.ToHashSet(StringComparer.Ordinal);
        TeBevestigen = [.. View.Regels.Items.Where(r => gekozen.Contains(r.Sleutel) && r.Kiesbaar)];
        Verdwenen = gekozen.Count - TeBevestigen.Count;
        if (TeBevestigen.Count == 0)
        {
            ModelState.AddModelError(nameof(Keuze), "Kies een of meer voorstellen om goed te keuren.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostGoedkeurenAsync(CancellationToken cancellationToken)
    {
        var namen = (await LijstAsync(cancellationToken)).Regels.Items.ToDictionary(r => r.Sleutel, r => r.Naam, StringComparer.Ordinal);
        var uitkomst = new List<(string, string, string?)>();
        foreach (var sleutel in Keuze.Distinct(StringComparer.Ordinal).Take(Paginering.StandaardGrootte))
        {
            uitkomst.Add((sleutel, namen.GetValueOrDefault(sleutel) ?? "Voorstel", await GoedkeurenAsync(sleutel, cancellationToken)));
        }

        Uitkomst = uitkomst;
        View = await LijstAsync(cancellationToken);
        return Page();
    }

    /// <summary>Approves one row in a scope of its own, as the signed-in team lead; returns why it was refused, or null.</summary>
    private async Task<string?> GoedkeurenAsync(string sleutel, CancellationToken cancellationToken)
    {
        var delen = sleutel.Split('-');
        if (delen.Length != 3 || !Enum.TryParse<TeBeoordelenSoort>(delen[0], out var soort)
            || !int.TryParse(delen[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !int.TryParse(delen[2], NumberStyles.None, CultureInfo.InvariantCulture, out var versie))
        {
            return "Dit voorstel is niet herkend.";
        }

        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<GebruikerContext>().Zet(gebruiker.Id, gebruiker.Weergavenaam, gebruiker.Gemeente, gebruiker.Rollen);
        var rijMediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        try
        {
            if (Goedkeuring.Opdracht(soort, id, versie) is not { } opdracht)
            {
                return Goedkeuring.BetaalrunNietHier;
            }

            await rijMediator.Send(opdracht, cancellationToken);
            return null;
        }
        catch (ValidationException fout)
        {
            return string.Join(" ", fout.Errors.Select(e => e.ErrorMessage).Distinct(StringComparer.Ordinal)) + " Beoordeel dit voorstel op zijn eigen pagina.";
        }
        catch (DomeinregelException fout)
        {
            return fout.Message;
        }
        catch (DbUpdateConcurrencyException)
        {
            return "Dit voorstel is gewijzigd sinds de lijst werd getoond. Bekijk het opnieuw.";
        }
        catch (NietGevondenException)
        {
            return "Dit voorstel bestaat niet (meer).";
        }
    }

    /// <summary>Every proposal (not one page) as CSV or xlsx, audited by the query.</summary>
    public async Task<IActionResult> OnGetExportAsync(Exportformaat formaat, CancellationToken cancellationToken)
    {
        var export = await mediator.Send(new TeBeoordelenExporteren(), cancellationToken);
        return new ExportResultaat(TeBeoordelenexport.Tabel(export.Rijen), formaat);
    }

    public Exportlinks Exportlinks { get; } = new(Navigatie.Paginas.TeBeoordelen.Index, new Dictionary<string, string>());

    private async Task<TeBeoordelenView> LijstAsync(CancellationToken cancellationToken) =>
        await mediator.Send(new TeBeoordelenLijst { Pagina = Pagina }, cancellationToken);
}
