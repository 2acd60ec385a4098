using Microsoft.AspNetCore.Mvc.RazorPages;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Rekenkern;

namespace Socrates.Web.Pages.Beheer.Landelijk;

/// <summary>
/// The national figures the rekenkern uses, read-only: every publication with its ingangsdatum and source. They are
/// data in code (<see cref="LandelijkeBedragen"/>); a change is a release, not a setting.
/// </summary>
public sealed class IndexModel(TimeProvider klok) : PageModel
{
    public DateOnly Vandaag { get; private set; }

    public IReadOnlyList<(DateOnly Ingangsdatum, Normbedragen Waarde)> Normen => LandelijkeBedragen.Normen.Rijen;

    public IReadOnlyList<(DateOnly Ingangsdatum, Vrijlatingsbedragen Waarde)> Vrijlatingen => LandelijkeBedragen.Vrijlatingen.Rijen;

    public IReadOnlyList<(DateOnly Ingangsdatum, Vermogensgrenzen Waarde)> Vermogensgrenzen => LandelijkeBedragen.Vermogensgrenzen.Rijen;

    public DateOnly VolgendeIndexatie => LandelijkeBedragen.VolgendeIndexatie;

    /// <summary>The row in force today: the latest with an ingangsdatum on or before today.</summary>
    public static bool IsGeldend<T>(IReadOnlyList<(DateOnly Ingangsdatum, T Waarde)> rijen, int index, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(rijen);
        return rijen[index].Ingangsdatum <= vandaag && (index == rijen.Count - 1 || rijen[index + 1].Ingangsdatum > vandaag);
    }

    public void OnGet() => Vandaag = klok.Vandaag();
}
