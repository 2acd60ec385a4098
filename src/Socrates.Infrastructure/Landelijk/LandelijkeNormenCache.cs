using Socrates.Domain.Rekenkern;

namespace Socrates.Infrastructure.Landelijk;

/// <summary>The runtime figures of the approved sets, kept per process with the <see cref="Normensetstand"/> they were built at.</summary>
internal sealed class LandelijkeNormenCache
{
    private Tuple<Normensetstand, LandelijkeNormen>? _bekend;

    public LandelijkeNormen? Bij(Normensetstand stand) =>
        Volatile.Read(ref _bekend) is { } bekend && bekend.Item1 == stand ? bekend.Item2 : null;

    public void Zet(Normensetstand stand, LandelijkeNormen normen) => Volatile.Write(ref _bekend, Tuple.Create(stand, normen));
}
