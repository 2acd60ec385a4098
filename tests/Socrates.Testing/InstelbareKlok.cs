namespace Socrates.Testing;

/// <summary>
/// A clock a test sets to any moment, forward or back (a FakeTimeProvider only goes forward): the app's "today" for a
/// scenario that runs in another month. Timers and stopwatches keep the real time.
/// </summary>
public sealed class InstelbareKlok(DateTimeOffset begin) : TimeProvider
{
    private long _ticks = begin.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Zet(DateTimeOffset moment) => Interlocked.Exchange(ref _ticks, moment.UtcTicks);
}
