using Microsoft.Extensions.Time.Testing;

namespace Socrates.Testing;

/// <summary>
/// The app's clock in the tests: a <see cref="FakeTimeProvider"/> that also tells when code starts to wait on it (a
/// <c>Task.Delay</c> or a timer), so that a test moves time only once the code under test is waiting, never before.
/// </summary>
public sealed class Testklok(DateTimeOffset begin) : FakeTimeProvider(begin)
{
    private TaskCompletionSource _wacht = Nieuw();

    /// <summary>Completes when the next delay or timer starts on this clock (ask before starting the code that will wait).</summary>
    public Task VolgendeWachtAsync() => Volatile.Read(ref _wacht).Task;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        Interlocked.Exchange(ref _wacht, Nieuw()).TrySetResult();
        return timer;
    }

    private static TaskCompletionSource Nieuw() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
