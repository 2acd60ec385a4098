namespace Socrates.Application.Normen;

/// <summary>
/// A counter that moves whenever a set is approved (singleton, per process): a cache of the runtime figures compares
/// <see cref="Waarde"/> with the value it was built at. Other instances learn of a new set only by reading the database.
/// </summary>
public sealed class NormenVersie
{
    private long _waarde;

    public long Waarde => Interlocked.Read(ref _waarde);

    public void Verhoog() => Interlocked.Increment(ref _waarde);
}
