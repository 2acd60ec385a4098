using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Rekenkern;

namespace Socrates.Infrastructure.Landelijk;

/// <summary>
/// The national figures Socrates shipped with (<see cref="LandelijkeBedragen.Startset"/>), until the approved normensets
/// in the database take their place behind the same port.
/// </summary>
internal sealed class StartsetNormen : ILandelijkeNormen
{
    public ValueTask<LandelijkeNormen> OphalenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(LandelijkeBedragen.Startset);
}
