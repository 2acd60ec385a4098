using Socrates.Domain.Rekenkern;

namespace Socrates.Application.Gemeenschappelijk;

/// <summary>
/// The one way to read the national figures (norms, vrijlatingen, vermogensgrenzen, loonheffing percentages, AOW ages):
/// all approved sets as one <see cref="LandelijkeNormen"/>. Handlers fetch it once (per request, per betaalrun part) and
/// pass it into the rekenkern; the domain never looks the figures up itself.
/// </summary>
public interface ILandelijkeNormen
{
    ValueTask<LandelijkeNormen> OphalenAsync(CancellationToken cancellationToken);

    /// <summary>The figures as they were without one approved set: what the indexering compares that set with.</summary>
    ValueTask<LandelijkeNormen> ZonderAsync(int normensetId, CancellationToken cancellationToken);
}
