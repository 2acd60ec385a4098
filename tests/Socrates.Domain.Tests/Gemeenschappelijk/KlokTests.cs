using Microsoft.Extensions.Time.Testing;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Tests.Gemeenschappelijk;

public sealed class KlokTests
{
    [Fact]
    public void Vandaag_IsTheDateInAmsterdam_NotUtc()
    {
        // 31 December 2025 23:30 UTC is already New Year's Day in Amsterdam (UTC+1 in winter).
        var klok = new FakeTimeProvider(new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 1, 1), klok.Vandaag());
    }

    [Fact]
    public void Vandaag_Summer_UsesUtcPlusTwo()
    {
        var klok = new FakeTimeProvider(new DateTimeOffset(2026, 6, 30, 22, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 7, 1), klok.Vandaag());
    }
}
