using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;

namespace Socrates.Domain.Tests.Betalingen;

/// <summary>
/// The household's ledger (docs/betalingen.md) on the money-chain defects of issue #18, worked by hand: netting the old and
/// the new toekenning per month, the partial first month, claims only of what was paid too much, and the afwijkingen
/// <c>controle</c> reports. Art. 45 lid 1 and 3 Participatiewet (per calendar month, a broken month pro rata), art. 58.
/// </summary>
public sealed class HuishoudgrootboekTests
{
    private static DateOnly M(int jaar, int maand) => new(jaar, maand, 1);

    [Fact]
    public void AHerzieningMidMonth_IsNettedPerMonth_NeverTheNewInFullAndTheOldReclaimedInFull()
    {
        // From 16 November € 400 income: old 1.401,50 for 1–15 November (15/30: 700,75, vt 35,04, maanddeel 665,71),
        // new 1.001,50 for 16–30 (500,75, vt 25,04, 475,71). November was paid at the old amount: 1.331,42 and 70,08
        // reserved. Netted: 1.141,42 − 1.331,42 = − 190,00 to claim, the reservation 60,08 − 70,08 = − 10,00.
        var kas = new Huishoudkas().Toekenning(1, new DateOnly(2026, 9, 1), 1_401.50m);
        kas.Runs(M(2026, 9), M(2026, 11));
        kas.Beeindig(1, new DateOnly(2026, 11, 16)).Toekenning(2, new DateOnly(2026, 11, 16), 1_001.50m);

        var december = kas.Run(M(2026, 12), terugblikVanaf: M(2026, 11));

        var november = kas.Grootboek(M(2026, 11), M(2026, 11)).Maanden[0];
        Assert.Equal((Bedrag.Euro(1_141.42m), Bedrag.Euro(60.08m)), (november.Recht.Maandbedrag, november.Recht.Vakantietoeslag));
        Assert.Equal((Bedrag.Euro(190m), Bedrag.Nul), (november.NogTeVorderen, november.VakantietoeslagCorrectie));
        var lijn = december.Single(r => r.Soort == BetalingSoort.Nabetaling);
        Assert.Equal((Bedrag.Euro(-10m), Bedrag.Nul, 2), (lijn.VakantietoeslagGereserveerd, lijn.TeBetalen, lijn.ToekenningId));
        Assert.Equal(Bedrag.Euro(951.42m), december.Single(r => r.Soort == BetalingSoort.Maandbetaling).TeBetalen);
    }

    [Fact]
    public void APartialFirstMonthDecidedAfterItsRun_IsPaidAsANabetaling_Issue18_3()
    {
        // Toekenning from 20 November 2026, decided after the November run: 11 of 30 days, 1.401,50 × 11/30 = 513,883 →
        // 513,88, vt 25,694 → 25,69, maanddeel 488,19: the December run pays it (the defect: never paid).
        var kas = new Huishoudkas().Toekenning(1, new DateOnly(2026, 11, 20), 1_401.50m);

        var december = kas.Run(M(2026, 12), terugblikVanaf: M(2026, 11));

        var nabetaling = december.Single(r => r.Soort == BetalingSoort.Nabetaling);
        Assert.Equal((new DateOnly(2026, 11, 1), 11, Bedrag.Euro(488.19m), Bedrag.Euro(25.69m)),
            (nabetaling.Betreft!.Value, nabetaling.Dagen, nabetaling.TeBetalen, nabetaling.VakantietoeslagGereserveerd));
        Assert.Equal(Signaal.Nabetaling, nabetaling.Signalen);
        Assert.True(kas.Grootboek(M(2026, 11), M(2026, 12)).Maanden.All(m => m.IsAfgewikkeld));
    }

    [Fact]
    public void AClaimCoversWhatWasPaidTooMuch_ASecondOneIsTooMuch_Issue18_2()
    {
        // November paid 1.331,42 where 761,42 was due (income 600): 570,00 to claim. A claim of 570,00 settles it; a
        // second one for the same month is 570,00 too much.
        var kas = new Huishoudkas().Toekenning(1, new DateOnly(2026, 10, 1), 1_401.50m);
        kas.Runs(M(2026, 10), M(2026, 11));
        kas.Beeindig(1, new DateOnly(2026, 11, 1)).Toekenning(2, new DateOnly(2026, 11, 1), 801.50m);
        kas.Run(M(2026, 12), terugblikVanaf: M(2026, 11));

        Assert.Equal(Bedrag.Euro(570m), kas.Grootboek(M(2026, 11), M(2026, 11)).Maanden[0].NogTeVorderen);
        kas.Vorder(M(2026, 11), 570m);
        var eens = kas.Grootboek(M(2026, 11), M(2026, 11)).Maanden[0];
        kas.Vorder(M(2026, 11), 570m);
        var tweemaal = kas.Grootboek(M(2026, 11), M(2026, 11)).Maanden[0];

        Assert.Equal((Bedrag.Nul, Bedrag.Nul, Bedrag.Nul, true), (eens.NogTeVorderen, eens.TeVeelGevorderd, eens.Saldo, eens.IsAfgewikkeld));
        Assert.Equal(Bedrag.Euro(570m), tweemaal.TeVeelGevorderd);
        Assert.Equal(Bedrag.Euro(570m), tweemaal.Saldo);
    }

    [Fact]
    public void Saldo_IsRechtMinusBetaaldPlusTeruggevorderd_RunningOverTheMonths()
    {
        // October and November paid in full, November's right 801,50: saldo − 600,00 (570,00 maanddeel and 30,00 of the
        // reservation) until the reservation is corrected and 570,00 claimed.
        var kas = new Huishoudkas().Toekenning(1, new DateOnly(2026, 10, 1), 1_401.50m);
        kas.Runs(M(2026, 10), M(2026, 11));
        kas.Beeindig(1, new DateOnly(2026, 11, 1)).Toekenning(2, new DateOnly(2026, 11, 1), 801.50m);

        var voor = kas.Grootboek(M(2026, 10), M(2026, 11));

        Assert.Equal([0m, -600m], voor.Maanden.Select(m => m.Saldo.InEuro));
        kas.Run(M(2026, 12), terugblikVanaf: M(2026, 11));
        kas.Vorder(M(2026, 11), 570m);
        Assert.All(kas.Grootboek(M(2026, 10), M(2026, 12)).Maanden, m => Assert.Equal(Bedrag.Nul, m.Saldo));
    }

    [Fact]
    public void LinesThatDoNotAddUp_OrAMonthPaidTwice_AreAfwijkingen()
    {
        var goed = Post(M(2026, 3), BetalingSoort.Maandbetaling, 1_401.50m, 70.08m, 0m, 1_331.42m, dagen: 31);
        var fout = goed with { Id = 2, TeBetalen = Bedrag.Euro(1_331.43m) };
        var dubbel = goed with { Id = 3 };

        var grootboek = Huishoudgrootboek.Maak([], [goed, fout, dubbel], [], M(2026, 3), M(2026, 3));

        Assert.Contains(grootboek.Afwijkingen, a => a.Soort == Afwijkingsoort.RegelTeltNietOp);
        Assert.Contains(grootboek.Afwijkingen, a => a.Soort == Afwijkingsoort.DubbelBetaald && a.Omschrijving.Contains("3 keer", StringComparison.Ordinal));
        Assert.Contains(grootboek.Afwijkingen, a => a.Soort == Afwijkingsoort.DubbelBetaald && a.Omschrijving.Contains("93 dagen", StringComparison.Ordinal));
    }

    [Fact]
    public void APayoutThatIsNotTheOpenBalance_OrAWrongStoredBalance_IsAnAfwijking()
    {
        // Reserved 70,08 in May; June pays 100,00 where 70,08 was open, and stores a balance of 1,00.
        var mei = Post(M(2026, 5), BetalingSoort.Maandbetaling, 1_401.50m, 70.08m, 0m, 1_331.42m, dagen: 31) with { VakantietoeslagSaldo = Bedrag.Euro(70.08m) };
        var juni = Post(M(2026, 6), BetalingSoort.Maandbetaling, 1_401.50m, 70.08m, 100m, 1_431.42m, dagen: 30) with { Id = 2, VakantietoeslagSaldo = Bedrag.Euro(1m) };

        var afwijkingen = Huishoudgrootboek.Maak([], [mei, juni], [], M(2026, 5), M(2026, 6)).Afwijkingen;

        Assert.Equal(2, afwijkingen.Count(a => a.Soort == Afwijkingsoort.Vakantietoeslag));
    }

    private static Betaalpost Post(DateOnly maand, BetalingSoort soort, decimal bijstand, decimal gereserveerd, decimal uitbetaald, decimal teBetalen, int dagen) => new()
    {
        Id = 1, Maand = maand, Betreft = maand, Soort = soort, ToekenningId = 1, Dagen = dagen, DagenInMaand = DateTime.DaysInMonth(maand.Year, maand.Month),
        Bijstand = Bedrag.Euro(bijstand), VakantietoeslagGereserveerd = Bedrag.Euro(gereserveerd), VakantietoeslagUitbetaald = Bedrag.Euro(uitbetaald),
        Verrekend = Bedrag.Nul, TeBetalen = Bedrag.Euro(teBetalen),
    };
}
