using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;

namespace Socrates.Domain.Tests.Betalingen;

/// <summary>
/// The vakantietoeslag as a reservation balance (issue #20.1–3; docs/betalingen.md). Art. 19 lid 3 Participatiewet: the
/// algemene bijstand contains a vakantietoeslag of 5 % of it. Art. 45 lid 1: it is paid yearly in June over the preceding
/// twelve months, or within three months after the month the bijstand ended. Definitive runs month by month in memory;
/// every amount worked by hand, half away from zero. 2026 single person: € 1.401,50, vakantietoeslag € 70,08.
/// </summary>
public sealed class VakantietoeslagTests
{
    private static DateOnly M(int jaar, int maand) => new(jaar, maand, 1);

    private static Bedrag Uitbetaald(IEnumerable<Betaalregel> regels) => regels.Aggregate(Bedrag.Nul, (som, r) => som + r.VakantietoeslagUitbetaald);

    [Fact]
    public void June_PaysTheReservationsOfJanuaryToMay_JunesOwnShareWaits()
    {
        // 5 × 70,08 = 350,40 in June; June reserves its own 70,08 for next year.
        var kas = new Huishoudkas().Toekenning(1, new DateOnly(2026, 1, 1), 1_401.50m);
        kas.Runs(M(2026, 1), M(2026, 5));

        var juni = kas.Run(M(2026, 6)).Single();

        Assert.Equal((Bedrag.Euro(70.08m), Bedrag.Euro(350.40m)), (juni.VakantietoeslagGereserveerd, juni.VakantietoeslagUitbetaald));
        Assert.Equal(Bedrag.Euro(1_681.82m), juni.TeBetalen);          // 1.331,42 + 350,40
        Assert.Equal(Bedrag.Euro(70.08m), juni.VakantietoeslagSaldo);
    }

    [Fact]
    public void EndingOnTheLastDayOfJuly_IsTheLastPayment_JuneAndJulyPaid_Issue20_1()
    {
        // Bijstand ends 31-07-2026 (decided before the July run). The defect paid € 0,00: a toekenning ending on the last
        // day was not "ending", and the next run dropped it. Owed: June's 70,08 and July's 70,08 = 140,16.
        var kas = new Huishoudkas().Toekenning(1, new DateOnly(2026, 1, 1), 1_401.50m, einde: new DateOnly(2026, 7, 31));
        kas.Runs(M(2026, 1), M(2026, 6));

        var juli = kas.Run(M(2026, 7)).Single();

        Assert.Equal(Bedrag.Euro(140.16m), juli.VakantietoeslagUitbetaald);
        Assert.True(juli.Signalen.HasFlag(Signaal.ToekenningBeeindigd));
        Assert.Equal(Bedrag.Nul, kas.Saldo);
        Assert.Empty(kas.Run(M(2026, 8)));                                 // nothing left to settle
    }

    [Fact]
    public void EndingOnTheFifteenthOfJuly_PaysJunesShareToo_Issue20_1()
    {
        // Norm 1.401,50 minus € 473,00 income: bijstand 928,50, vt 46,425 → 46,43. July 15 of 31 days: 928,50 × 15/31 =
        // 449,274 → 449,27, vt 22,46. The last payment pays June's 46,43 and July's 22,46 = 68,89 (the defect: 22,46,
        // because "since the last payout month" dropped June's own reservation).
        var kas = new Huishoudkas().Toekenning(1, new DateOnly(2026, 1, 1), 928.50m, einde: new DateOnly(2026, 7, 15));
        kas.Runs(M(2026, 1), M(2026, 6));

        var juli = kas.Run(M(2026, 7)).Single();

        Assert.Equal((15, Bedrag.Euro(449.27m), Bedrag.Euro(22.46m)), (juli.Dagen, juli.Bijstand, juli.VakantietoeslagGereserveerd));
        Assert.Equal(Bedrag.Euro(68.89m), juli.VakantietoeslagUitbetaald);
    }

    [Fact]
    public void EndDecidedAfterTheRun_TheNextRunSettlesItWithAnEindafrekening_Art45Lid1()
    {
        // July was paid as a normal month (reserving 70,08); the beëindiging from 1 August is decided in August, after
        // the July run: August's run has no toekenning to pay but settles the open 140,16 (June and July).
        var kas = new Huishoudkas().Toekenning(1, new DateOnly(2026, 1, 1), 1_401.50m);
        kas.Runs(M(2026, 1), M(2026, 7));
        kas.Beeindig(1, new DateOnly(2026, 8, 1));

        var augustus = kas.Run(M(2026, 8), terugblikVanaf: M(2026, 7)).Single();

        Assert.Equal((BetalingSoort.Eindafrekening, Bedrag.Euro(140.16m), Bedrag.Euro(140.16m)), (augustus.Soort, augustus.VakantietoeslagUitbetaald, augustus.TeBetalen));
        Assert.Equal(Signaal.Eindafrekening, augustus.Signalen);
        Assert.Equal(Bedrag.Nul, kas.Saldo);
    }

    [Fact]
    public void EndDecidedEvenLater_AugustsReservationIsUndone_AndAugustIsLeftForAClaim()
    {
        // Decided in September, ending 31 July: August was paid in full (1.331,42, 70,08 reserved). September's run looks
        // back: August's recht is nil, so its reservation falls by 70,08 (never paid out) and its 1.331,42 waits for a
        // terugvordering; the eindafrekening pays June's and July's 140,16 only.
        var kas = new Huishoudkas().Toekenning(1, new DateOnly(2026, 1, 1), 1_401.50m);
        kas.Runs(M(2026, 1), M(2026, 8));
        kas.Beeindig(1, new DateOnly(2026, 8, 1));

        var september = kas.Run(M(2026, 9), terugblikVanaf: M(2026, 7));

        var correctie = september.Single(r => r.Soort == BetalingSoort.Nabetaling);
        Assert.Equal((new DateOnly(2026, 8, 1), Bedrag.Euro(-70.08m), Bedrag.Nul), (correctie.Betreft!.Value, correctie.VakantietoeslagGereserveerd, correctie.TeBetalen));
        Assert.Equal(Bedrag.Euro(140.16m), september.Single(r => r.Soort == BetalingSoort.Eindafrekening).TeBetalen);
        Assert.Equal(Bedrag.Euro(1_331.42m), kas.Grootboek(M(2026, 8), M(2026, 8)).Maanden[0].NogTeVorderen);
    }

    [Fact]
    public void ARestartedHousehold_IsNotPaidTheOldPeriodAgain_Issue20_2()
    {
        // 2025 (norm 1 July 2025: 1.369,06, vt 68,45): bijstand 1-7-2025 to 15-10-2025. October 15 of 31 days: 662,45, vt
        // 33,12; the last payment pays 3 × 68,45 + 33,12 = 238,47. Restart 1-1-2026 at 1.401,50. June 2026 pays January
        // to May: 5 × 70,08 = 350,40. The defect summed "the last twelve months" of reservations and paid 588,87.
        var kas = new Huishoudkas().Toekenning(1, new DateOnly(2025, 7, 1), 1_369.06m, einde: new DateOnly(2025, 10, 15));
        kas.Runs(M(2025, 7), M(2025, 9));
        Assert.Equal(Bedrag.Euro(238.47m), kas.Run(M(2025, 10)).Single().VakantietoeslagUitbetaald);
        kas.Toekenning(2, new DateOnly(2026, 1, 1), 1_401.50m);
        Assert.Empty(kas.Run(M(2025, 11)));
        kas.Run(M(2025, 12));
        kas.Run(M(2026, 1), terugblikVanaf: M(2026, 1));
        kas.Runs(M(2026, 2), M(2026, 5));

        Assert.Equal(Bedrag.Euro(350.40m), Uitbetaald(kas.Run(M(2026, 6))));
    }

    [Fact]
    public void IncomeFromFebruaryDecidedInMay_ClaimsTheMonthlyParts_AndJunePaysTheLowerReservation_Issue20_3()
    {
        // Income € 600 from 1 February, decided after the May run: bijstand 801,50 (vt 40,08, maanddeel 761,42) from
        // February. Per month 1.331,42 − 761,42 = 570,00 paid too much: 4 × 570,00 = 2.280,00 to claim. June's run lowers
        // February–May's reservations by 30,00 each and pays 70,08 + 4 × 40,08 = 230,40 (the defect: 350,40).
        var kas = new Huishoudkas().Toekenning(1, new DateOnly(2026, 1, 1), 1_401.50m);
        kas.Runs(M(2026, 1), M(2026, 5));
        kas.Beeindig(1, new DateOnly(2026, 2, 1)).Toekenning(2, new DateOnly(2026, 2, 1), 801.50m);

        var juni = kas.Run(M(2026, 6), terugblikVanaf: M(2026, 2));

        Assert.Equal(4, juni.Count(r => r.Soort == BetalingSoort.Nabetaling && r.VakantietoeslagGereserveerd == Bedrag.Euro(-30m) && r.TeBetalen == Bedrag.Nul));
        var maand = juni.Single(r => r.Soort == BetalingSoort.Maandbetaling);
        Assert.Equal((Bedrag.Euro(230.40m), Bedrag.Euro(40.08m)), (maand.VakantietoeslagUitbetaald, maand.VakantietoeslagGereserveerd));
        var grootboek = kas.Grootboek(M(2026, 2), M(2026, 5));
        Assert.All(grootboek.Maanden, m => Assert.Equal((Bedrag.Euro(570m), Bedrag.Nul), (m.NogTeVorderen, m.VakantietoeslagCorrectie)));
        Assert.Equal(Bedrag.Euro(40.08m), kas.Saldo);
    }

    [Fact]
    public void IncomeFromFebruaryDecidedInAugust_TheVakantietoeslagPaidOutInJuneIsPartOfTheClaim()
    {
        // The same income, decided after the July run. June paid 350,40 (five months at 70,08). February–May: 570,00
        // plus 30,00 of vakantietoeslag paid out above the right = 600,00 each; June and July: 570,00 each, and their
        // reservations fall by 30,00. To claim: 4 × 600,00 + 2 × 570,00 = 3.540,00.
        var kas = new Huishoudkas().Toekenning(1, new DateOnly(2026, 1, 1), 1_401.50m);
        kas.Runs(M(2026, 1), M(2026, 7));
        kas.Beeindig(1, new DateOnly(2026, 2, 1)).Toekenning(2, new DateOnly(2026, 2, 1), 801.50m);

        var augustus = kas.Run(M(2026, 8), terugblikVanaf: M(2026, 2));

        Assert.Equal(Bedrag.Euro(-60m), augustus.Where(r => r.Soort == BetalingSoort.Nabetaling).Aggregate(Bedrag.Nul, (s, r) => s + r.VakantietoeslagGereserveerd));
        var grootboek = kas.Grootboek(M(2026, 2), M(2026, 7));
        Assert.Equal([600m, 600m, 600m, 600m, 570m, 570m], grootboek.Maanden.Select(m => m.NogTeVorderen.InEuro));
        Assert.All(grootboek.Maanden, m => Assert.Equal(Bedrag.Nul, m.VakantietoeslagCorrectie));
        Assert.Equal(Bedrag.Euro(120.24m), kas.Saldo);                      // June and July 40,08 each, August 40,08
    }

    [Fact]
    public void AnUpwardHerziening_ReservesTheExtra_AndPaysItAtTheNextPayout()
    {
        // Paid 801,50 (40,08 reserved) for January–March; decided in April: 1.401,50 was due. April's run pays
        // 3 × 570,00 back and reserves 3 × 30,00 more; June pays 5 × 70,08 = 350,40.
        var kas = new Huishoudkas().Toekenning(1, new DateOnly(2026, 1, 1), 801.50m);
        kas.Runs(M(2026, 1), M(2026, 3));
        kas.Beeindig(1, new DateOnly(2026, 1, 1)).Toekenning(2, new DateOnly(2026, 1, 1), 1_401.50m);

        var april = kas.Run(M(2026, 4), terugblikVanaf: M(2026, 1));
        kas.Run(M(2026, 5));

        Assert.Equal(3, april.Count(r => r.Soort == BetalingSoort.Nabetaling && r.TeBetalen == Bedrag.Euro(570m) && r.VakantietoeslagGereserveerd == Bedrag.Euro(30m)));
        Assert.Equal(Bedrag.Euro(350.40m), Uitbetaald(kas.Run(M(2026, 6))));
        Assert.All(kas.Grootboek(M(2026, 1), M(2026, 6)).Maanden, m => Assert.True(m.IsAfgewikkeld));
    }
}
