using Socrates.Domain.Bewaren;
using Socrates.Domain.Personen;

namespace Socrates.Domain.Tests.Bewaren;

public sealed class PseudoniemTests
{
    [Fact]
    public void TheStandInsPassTheElfproef_BeginWith00_AndAreAllDifferent()
    {
        var bsns = Enumerable.Range(1, 300).Select(Pseudoniem.Voor).ToList();
        Assert.All(bsns, b => Assert.True(Bsn.IsGeldig(b.Waarde) && b.Waarde.StartsWith("00", StringComparison.Ordinal) && Pseudoniem.IsPseudoniem(b)));
        Assert.Equal(bsns.Count, bsns.Select(b => b.Waarde).Distinct().Count());
        Assert.NotNull(Pseudoniem.Voor(Pseudoniem.Maximum));
    }

    [Fact]
    public void AnIssuedBsn_IsNoStandIn() => Assert.False(Pseudoniem.IsPseudoniem(Bsn.Parse("111222333")));
}
