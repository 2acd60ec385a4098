using Socrates.Domain.Personen;

namespace Socrates.Domain.Tests.Personen;

public sealed class LeeftijdTests
{
    [Theory]
    [InlineData("1999-03-01", "2026-02-28", 26)]
    [InlineData("1999-03-01", "2026-03-01", 27)]     // the birthday itself counts
    [InlineData("2008-02-29", "2026-02-28", 17)]     // born on 29 February: a year older on 1 March in a common year
    [InlineData("2008-02-29", "2026-03-01", 18)]
    public void Op_CountsWholeYears(string geboren, string peildatum, int verwacht) =>
        Assert.Equal(verwacht, Leeftijd.Op(DateOnly.Parse(geboren, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(peildatum, System.Globalization.CultureInfo.InvariantCulture)));
}
