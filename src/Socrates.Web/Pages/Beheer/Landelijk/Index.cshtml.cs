using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Rekenkern;

namespace Socrates.Web.Pages.Beheer.Landelijk;

/// <summary>
/// The national figures the rekenkern uses, read-only: every publication with its ingangsdatum and source, as the
/// <see cref="ILandelijkeNormen"/> port gives them (today the set Socrates shipped with, <see cref="LandelijkeBedragen.Startset"/>).
/// </summary>
public sealed class IndexModel(ILandelijkeNormen landelijkeNormen, TimeProvider klok) : PageModel
{
    public DateOnly Vandaag { get; private set; }

    public IReadOnlyList<(DateOnly Ingangsdatum, Normbedragen Waarde)> Normen { get; private set; } = [];

    public IReadOnlyList<(DateOnly Ingangsdatum, Vrijlatingsbedragen Waarde)> Vrijlatingen { get; private set; } = [];

    public IReadOnlyList<(DateOnly Ingangsdatum, Vermogensgrenzen Waarde)> Vermogensgrenzen { get; private set; } = [];

    public DateOnly VolgendeIndexatie { get; private set; }

    /// <summary>The row in force today: the latest with an ingangsdatum on or before today.</summary>
    public static bool IsGeldend<T>(IReadOnlyList<(DateOnly Ingangsdatum, T Waarde)> rijen, int index, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(rijen);
        return rijen[index].Ingangsdatum <= vandaag && (index == rijen.Count - 1 || rijen[index + 1].Ingangsdatum > vandaag);
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Vandaag = klok.Vandaag();
        var landelijk = await landelijkeNormen.OphalenAsync(cancellationToken);
        Normen = landelijk.Normen.Rijen;
        Vrijlatingen = landelijk.Vrijlatingen.Rijen;
        Vermogensgrenzen = landelijk.Vermogensgrenzen.Rijen;
        VolgendeIndexatie = landelijk.VolgendeIndexatie;
    }
}
