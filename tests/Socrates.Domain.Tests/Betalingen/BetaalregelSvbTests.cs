using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Tests.Betalingen;

/// <summary>
/// Art. 47a lid 1 Participatiewet: from the day the aanvrager or the partner reaches the AOW age the SVB grants the
/// bijstand (AIO), so the gemeente's run pays nothing for the days from it and signals the household.
/// </summary>
public sealed class BetaalregelSvbTests
{
    private static Betaalinvoer Invoer(DateOnly? svb) => new()
    {
        Maand = new DateOnly(2026, 3, 1), ToekenningId = 1, AanvraagId = 2, AanvragerId = 3, Naam = "J. de Vries", Iban = "NL91ABNA0417164300",
        Ingangsdatum = new DateOnly(2024, 1, 1), Recht = true, Norm = Bedrag.Euro(1_401.50m), InkomenInAanmerking = Bedrag.Nul,
        BijstandHeleMaand = Bedrag.Euro(1_240m), BeslagvrijeVoetPercentage = Percentage.Van(90),
        BeslagvrijeVoetGrondslag = BeslagvrijeVoetGrondslag.NormInclusiefVakantietoeslag, SvbBevoegdVanaf = svb,
    };

    private static IReadOnlyList<(int TerugvorderingId, Bedrag Bedrag)> Niets(Bedrag ruimte) => [];

    [Fact]
    public void AowAgeOn15March_PaysOnlyTheFourteenDaysBefore()
    {
        // 1–14 March: € 1.240,00 × 14 / 31 = 560,00; 5 % reserved 28,00; paid 532,00.
        var regel = Betaalregel.Maak(Invoer(new DateOnly(2026, 3, 15)), Niets);

        Assert.Equal((14, Bedrag.Euro(560m), Bedrag.Euro(532m)), (regel.Dagen, regel.Bijstand, regel.TeBetalen));
        Assert.True(regel.Signalen.HasFlag(Signaal.SvbBevoegd));
    }

    [Fact]
    public void AowAgeOnThe1st_PaysNothingThatMonth()
    {
        var regel = Betaalregel.Maak(Invoer(new DateOnly(2026, 3, 1)), Niets);

        Assert.Equal((0, Bedrag.Nul), (regel.Dagen, regel.TeBetalen));
        Assert.True(regel.Signalen.HasFlag(Signaal.SvbBevoegd) && regel.Signalen.HasFlag(Signaal.NulOfNegatief));
    }

    [Theory]
    [InlineData("2026-04-01")]                                       // next month: March is paid whole, no signal yet
    [InlineData(null)]
    public void AowAgeLater_ChangesNothing(string? svb)
    {
        var regel = Betaalregel.Maak(Invoer(svb is null ? null : DateOnly.Parse(svb, System.Globalization.CultureInfo.InvariantCulture)), Niets);

        Assert.Equal((31, Bedrag.Euro(1_178m)), (regel.Dagen, regel.TeBetalen));
        Assert.False(regel.Signalen.HasFlag(Signaal.SvbBevoegd));
    }
}
