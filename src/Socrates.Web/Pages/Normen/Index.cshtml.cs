using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Normen.Lijst;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Normen;

namespace Socrates.Web.Pages.Normen;

/// <summary>
/// Every normenset (slice <c>Normen/Lijst</c>): ingangsdatum, status (with the approved set in force today "Geldend" and
/// later approved sets "Gepland"), source, proposer and decider; a link to each, a new proposal and a comparison of two.
/// </summary>
public sealed class IndexModel(IMediator mediator, TimeProvider klok) : PageModel
{
    public IReadOnlyList<NormensetRegel> Sets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Sets = await mediator.Send(new NormensetsOpvragen(), cancellationToken);

    /// <summary>The status as the list shows it: an approved set is Geldend today, Gepland later, or Vervallen.</summary>
    public string Status(NormensetRegel set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return set.Status switch
        {
            NormensetStatus.Voorgesteld => "Voorgesteld",
            NormensetStatus.Afgewezen => "Afgewezen",
            _ when set.GeldtVandaag => "Geldend",
            _ when set.Ingangsdatum > klok.Vandaag() => "Gepland",
            _ => "Vervallen",
        };
    }

    /// <summary>The default pair to compare: the set in force and the newest other set.</summary>
    public (int A, int B) Standaardpaar()
    {
        var geldend = Sets.FirstOrDefault(s => s.GeldtVandaag) ?? Sets[^1];
        var ander = Sets.FirstOrDefault(s => s.Id != geldend.Id) ?? geldend;
        return (geldend.Id, ander.Id);
    }
}
