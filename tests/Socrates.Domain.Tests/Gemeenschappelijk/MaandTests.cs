using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Tests.Gemeenschappelijk;

public sealed class MaandTests
{
    [Fact]
    public void Van_AnyDayOfTheMonth_GivesThatMonth()
    {
        var maand = Maand.Van(new DateOnly(2026, 3, 17));

        Assert.Equal(new Maand(2026, 3), maand);
        Assert.Equal(new DateOnly(2026, 3, 1), maand.Eerste);
        Assert.Equal(new DateOnly(2026, 3, 31), maand.Laatste);
    }

    [Fact]
    public void Volgende_December_IsJanuaryOfTheNextYear()
    {
        Assert.Equal(new Maand(2027, 1), new Maand(2026, 12).Volgende);
    }

    [Fact]
    public void Vorige_January_IsDecemberOfThePreviousYear()
    {
        Assert.Equal(new Maand(2025, 12), new Maand(2026, 1).Vorige);
    }

    [Theory]
    [InlineData(2024, 29)]      // a leap year: divisible by 4
    [InlineData(2025, 28)]
    [InlineData(2000, 29)]      // divisible by 400: a leap year after all
    [InlineData(2100, 28)]      // divisible by 100 but not by 400: no leap year
    public void Laatste_February_FollowsTheLeapYears(int jaar, int dagen)
    {
        var februari = new Maand(jaar, 2);

        Assert.Equal(dagen, februari.AantalDagen);
        Assert.Equal(new DateOnly(jaar, 2, dagen), februari.Laatste);
    }

    [Fact]
    public void Plus_MoreThanAYearBackAndForth_CrossesTheYears()
    {
        Assert.Equal(new Maand(2024, 11), new Maand(2026, 2).Plus(-15));
        Assert.Equal(new Maand(2027, 5), new Maand(2026, 2).Plus(15));
    }

    [Fact]
    public void Vergelijken_OrdersByYearThenMonth()
    {
        Assert.True(new Maand(2025, 12) < new Maand(2026, 1));
        Assert.True(new Maand(2026, 2) > new Maand(2026, 1));
        Assert.True(new Maand(2026, 1) <= new Maand(2026, 1));
        Assert.Equal([new Maand(2025, 12), new Maand(2026, 1), new Maand(2026, 11)],
            new[] { new Maand(2026, 11), new Maand(2025, 12), new Maand(2026, 1) }.Order());
    }

    [Theory]
    [InlineData("2026-03", 2026, 3)]
    [InlineData(" 2026-12 ", 2026, 12)]
    [InlineData("1900-01", 1900, 1)]
    public void ProbeerLees_CompactNotation_ReadsTheMonth(string tekst, int jaar, int nummer)
    {
        Assert.True(Maand.ProbeerLees(tekst, out var maand));
        Assert.Equal(new Maand(jaar, nummer), maand);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("2026-3")]
    [InlineData("26-03")]
    [InlineData("03-2026")]
    [InlineData("2026-03-01")]
    [InlineData("maart 2026")]
    public void ProbeerLees_AnythingElse_IsRefused(string? tekst)
    {
        Assert.False(Maand.ProbeerLees(tekst, out _));
    }

    [Fact]
    public void Lees_NoMonth_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => Maand.Lees("2026-13"));
    }

    [Fact]
    public void ToString_IsTheCompactNotation_AndReadsBack()
    {
        var maand = new Maand(987, 4);

        Assert.Equal("0987-04", maand.ToString());
        Assert.Equal(maand, Maand.Lees(maand.ToString()));
    }

    [Theory]
    [InlineData(1, "januari 2026")]
    [InlineData(3, "maart 2026")]
    [InlineData(12, "december 2026")]
    public void Voluit_IsDutch(int nummer, string verwacht)
    {
        Assert.Equal(verwacht, new Maand(2026, nummer).Voluit);
    }

    [Theory]
    [InlineData(2026, 0)]
    [InlineData(2026, 13)]
    [InlineData(0, 1)]
    [InlineData(10000, 1)]
    public void Constructor_NoSuchMonth_Throws(int jaar, int nummer)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Maand(jaar, nummer));
    }

    [Theory]
    [InlineData("2026-03-01", "2026-03-01")]
    [InlineData("2026-03-02", "2026-04-01")]
    [InlineData("2026-12-31", "2027-01-01")]
    public void EersteBeginVanaf_GivesTheFirstFirstOfAMonthOnOrAfter(string datum, string verwacht)
    {
        Assert.Equal(DateOnly.Parse(verwacht, System.Globalization.CultureInfo.InvariantCulture),
            Maand.EersteBeginVanaf(DateOnly.Parse(datum, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Bevat_OnlyTheDaysOfThatMonth()
    {
        var maart = new Maand(2026, 3);

        Assert.True(maart.Bevat(new DateOnly(2026, 3, 31)));
        Assert.False(maart.Bevat(new DateOnly(2026, 4, 1)));
        Assert.False(maart.Bevat(new DateOnly(2025, 3, 1)));
    }
}
