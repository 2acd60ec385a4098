using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Tests.Aanvragen;

/// <summary>Art. 41 lid 4 Participatiewet: four weeks between melding and aanvraag when everyone concerned is under 27.</summary>
public sealed class ZoektermijnTests
{
    private static readonly DateOnly Melding = new(2026, 3, 2);

    [Theory]
    [InlineData("2000-01-01", null, true)]            // 26 on 30 March 2026: alone, under 27
    [InlineData("1999-03-30", null, false)]           // turns 27 on the aanvraag date itself
    [InlineData("2000-01-01", "2001-05-05", true)]    // both partners under 27
    [InlineData("2000-01-01", "1990-05-05", false)]   // one partner 27 or older: no zoektermijn
    public void IsVanToepassing_OnlyWhenEveryoneIsUnder27(string aanvrager, string? partner, bool verwacht) =>
        Assert.Equal(verwacht, Zoektermijn.IsVanToepassing(new DateOnly(2026, 3, 30), Datum(aanvrager), partner is null ? null : Datum(partner)));

    [Fact]
    public void Controleer_Under27_FiledAfter27Days_IsRefusedWithTheDate()
    {
        var fout = Assert.Throws<DomeinregelException>(() =>
            Zoektermijn.Controleer(Melding, Melding.AddDays(27), Datum("2002-06-01"), null, null));

        Assert.Contains("pas vanaf 30-03-2026", fout.Message, StringComparison.Ordinal);
        Assert.Contains("art. 41 lid 4", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Controleer_Under27_FiledAfterFourWeeks_IsAccepted() =>
        Zoektermijn.Controleer(Melding, Melding.AddDays(28), Datum("2002-06-01"), null, null);

    [Fact]
    public void Controleer_Under27_WithAnExemption_IsAccepted() =>      // art. 41 lid 11: college decision
        Zoektermijn.Controleer(Melding, Melding, Datum("2002-06-01"), null, ZoektermijnUitzondering.Collegebesluit);

    private static DateOnly Datum(string tekst) => DateOnly.Parse(tekst, System.Globalization.CultureInfo.InvariantCulture);
}
