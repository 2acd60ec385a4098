using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Toekenningen;

namespace Socrates.Domain.Tests.Toekenningen;

/// <summary>
/// The herberekening of a wijziging: every calendar month from the wijzigingsdatum to the current month, the first
/// month naar rato of its calendar days when the change starts after the 1st (Socrates decision; art. 45 Participatiewet
/// fixes bijstand per calendar month). Amounts worked out by hand: a single person's € 1.331,42 te betalen (2026)
/// against € 931,42 after € 400 of income that counts in full.
/// </summary>
public sealed class HerberekeningTests
{
    private static readonly Bedrag Oud = Bedrag.Euro(1_331.42m);
    private static readonly Bedrag Nieuw = Bedrag.Euro(931.42m);
    private static readonly DateOnly Vandaag = new(2026, 11, 26);
    private static readonly DateOnly Begin = new(2020, 1, 1);

    [Fact]
    public void FromTheFirstOfAMonth_EveryMonthIsWhole_UpToAndIncludingTheCurrentMonth()
    {
        var maanden = Herberekening.Maak(Begin, new DateOnly(2026, 9, 1), Vandaag, _ => Oud, _ => Nieuw);

        Assert.Equal([new(2026, 9, 1), new(2026, 10, 1), new(2026, 11, 1)], maanden.Select(m => m.Maand));
        Assert.All(maanden, m => Assert.Equal((Bedrag.Euro(-400m), false), (m.Verschil, m.IsGebrokenMaand)));
        Assert.Equal(Bedrag.Euro(1_200m), Herberekening.TeveelBetaald(maanden));
        Assert.Equal(Bedrag.Nul, Herberekening.Nabetaling(maanden));
    }

    [Fact]
    public void FromTheSixteenthOfSeptember_TheFirstMonthCountsFifteenOfThirtyDaysNew()
    {
        // 1.331,42 × 15/30 = 665,71 plus 931,42 × 15/30 = 465,71: 1.131,42, so 200,00 too much in September.
        var maanden = Herberekening.Maak(Begin, new DateOnly(2026, 9, 16), Vandaag, _ => Oud, _ => Nieuw);

        var september = maanden[0];
        Assert.Equal((15, 30, Bedrag.Euro(1_131.42m), Bedrag.Euro(-200m)), (september.DagenNieuw, september.DagenInMaand, september.Nieuw, september.Verschil));
        Assert.Equal(Bedrag.Euro(1_000m), Herberekening.TeveelBetaald(maanden));
    }

    [Fact]
    public void FromTheTenthOfOctober_EachPartIsRoundedToTheCent()
    {
        // 1.331,42 × 9/31 = 386,541… → 386,54; 931,42 × 22/31 = 661,007… → 661,01; together 1.047,55.
        var maanden = Herberekening.Maak(Begin, new DateOnly(2026, 10, 10), Vandaag, _ => Oud, _ => Nieuw);

        Assert.Equal((22, Bedrag.Euro(1_047.55m), Bedrag.Euro(-283.87m)), (maanden[0].DagenNieuw, maanden[0].Nieuw, maanden[0].Verschil));
        Assert.Equal(Bedrag.Euro(683.87m), Herberekening.TeveelBetaald(maanden));
    }

    [Fact]
    public void InTheMonthTheBijstandBegan_OnlyItsDaysCount()
    {
        // Bijstand from 20 October, the housemate from 25 October: 5 days old and 7 days new of 31.
        // Was: 1.331,42 × 12/31 = 515,39. Becomes: 1.331,42 × 5/31 = 214,75 plus 931,42 × 7/31 = 210,32: 425,07.
        var maanden = Herberekening.Maak(new DateOnly(2026, 10, 20), new DateOnly(2026, 10, 25), Vandaag, _ => Oud, _ => Nieuw);

        var oktober = maanden[0];
        Assert.Equal((5, 7, 31), (oktober.DagenOud, oktober.DagenNieuw, oktober.DagenInMaand));
        Assert.Equal((Bedrag.Euro(515.39m), Bedrag.Euro(425.07m), Bedrag.Euro(-90.32m)), (oktober.Oud, oktober.Nieuw, oktober.Verschil));
        Assert.Equal(Bedrag.Euro(-400m), maanden[1].Verschil);
    }

    [Fact]
    public void FromTheIngangsdatumItself_TheWholeBijstandIsReplaced()
    {
        var maanden = Herberekening.Maak(new DateOnly(2026, 10, 20), new DateOnly(2026, 10, 20), Vandaag, _ => Oud, _ => Nieuw);

        Assert.Equal((0, 12), (maanden[0].DagenOud, maanden[0].DagenNieuw));
        Assert.Equal(Bedrag.Euro(-154.84m), maanden[0].Verschil);     // 400 × 12/31 = 154,838… (as 515,39 − 360,55)
        Assert.Throws<DomeinregelException>(() => Herberekening.Maak(new DateOnly(2026, 10, 20), new DateOnly(2026, 10, 19), Vandaag, _ => Oud, _ => Nieuw));
    }

    [Fact]
    public void MonthsWithMoreAndLess_AreTotalledSeparately()
    {
        // A higher norm from November (say) makes November a nabetaling while October was paid too much.
        var maanden = Herberekening.Maak(
            Begin,             new DateOnly(2026, 10, 1), Vandaag, _ => Oud, m => m.Month == 11 ? Oud + Bedrag.Euro(25m) : Nieuw);

        Assert.Equal((Bedrag.Euro(25m), Bedrag.Euro(400m)), (Herberekening.Nabetaling(maanden), Herberekening.TeveelBetaald(maanden)));
    }

    [Fact]
    public void EachMonthIsCalculatedWithItsOwnFigures()
    {
        var gevraagd = new List<DateOnly>();
        Herberekening.Maak(Begin, new DateOnly(2026, 6, 20), Vandaag, m => { gevraagd.Add(m); return Oud; }, _ => Nieuw);

        Assert.Equal(6, gevraagd.Count);
        Assert.Equal(new DateOnly(2026, 6, 1), gevraagd[0]);
    }

    [Fact]
    public void AStartDateInTheFuture_OrMoreThanFiveYearsBack_IsRefused()
    {
        Assert.Throws<DomeinregelException>(() => Herberekening.Maak(Begin, Vandaag.AddDays(1), Vandaag, _ => Oud, _ => Nieuw));
        Assert.Throws<DomeinregelException>(() => Herberekening.Maak(Begin, new DateOnly(2021, 11, 1), Vandaag, _ => Oud, _ => Nieuw));
        Assert.Equal(60, Herberekening.Maak(Begin, new DateOnly(2021, 12, 1), Vandaag, _ => Oud, _ => Nieuw).Count);
    }
}
