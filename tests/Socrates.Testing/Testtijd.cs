using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Testing;

/// <summary>
/// The present of this test run, taken once: every app's clock starts here unless its test chooses another moment, so a
/// test's "today" and the app's agree, also in a run that passes midnight. A test whose app's clock moves takes the date
/// from that clock (<c>app.Klok.Vandaag()</c>) instead.
/// </summary>
public static class Testtijd
{
    public static DateTimeOffset Begin { get; } = TimeProvider.System.GetUtcNow();

    /// <summary>The run's today in Amsterdam, as the app sees it on a clock that has not moved.</summary>
    public static DateOnly Vandaag { get; } = DateOnly.FromDateTime(Klok.InAmsterdam(Begin).DateTime);
}
