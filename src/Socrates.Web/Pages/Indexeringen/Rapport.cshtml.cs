using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Indexeringen.Rapport;

namespace Socrates.Web.Pages.Indexeringen;

/// <summary>What one indexering found for the gemeente: totals, per month, the largest nabetalingen, rights that start or end.</summary>
public sealed class RapportModel(IMediator mediator) : PageModel
{
    public IndexeringRapportView Rapport { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken cancellationToken) => Rapport = await mediator.Send(new IndexeringRapport(id), cancellationToken);
}

/// <summary>One table of households on the report: a title, the rows, and what to say when there are none.</summary>
public sealed record Huishoudentabel(int IndexeringId, string Titel, IReadOnlyList<IndexeringHuishouden> Lijst, string Leeg);
