using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Toekenningen;

namespace Socrates.Domain.Tests.Toekenningen;

/// <summary>
/// The herberekening of a wijziging: every calendar month from the wijzigingsdatum to the current month, the first month
/// naar rato of its calendar days (art. 45 lid 3 Participatiewet; docs/betalingen.md), compared with what was actually paid.
/// Amounts worked out by hand (half away from zero) for a single person in 2026: bijstand € 1.401,50 (vakantietoeslag
/// 5 % = € 70,08, maanddeel € 1.331,42) against € 1.001,50 after € 400 of income that counts in full (€ 50,08 and
/// € 951,42). Art. 19 lid 3: the vakantietoeslag is 5 % of the bijstand, so it falls with it.
/// </summary>
public sealed class HerberekeningTests
{
    private static readonly Bedrag Oud = Bedrag.Euro(1_401.50m);
    private static readonly Bedrag Nieuw = Bedrag.Euro(1_001.50m);
    private static readonly DateOnly Vandaag = new(2026, 11, 26);
    private static readonly DateOnly Begin = new(2020, 1, 1);

    /// <summary>Before the overgang: the old household recalculated stands for what was paid (the previous system's payments are not known).</summary>
    private static Herberekeningsbasis VoorOvergang(DateOnly _) => Herberekeningsbasis.VoorOvergang;

    /// <summary>A whole month paid by a definitive run at the old amount: € 1.331,42 transferred, € 70,08 reserved, of which <paramref name="uitbetaald"/> paid out.</summary>
    private static Herberekeningsbasis BetaaldOud(decimal uitbetaald = 0m) =>
        new(HerberekeningStatus.Betaald, Maanddeel.Nul, Bedrag.Euro(1_331.42m), Bedrag.Euro(70.08m), Bedrag.Euro(uitbetaald));

    [Fact]
    public void FromTheFirstOfAMonth_EveryMonthIsWhole_UpToAndIncludingTheCurrentMonth()
    {
        // Per month € 951,42 − € 1.331,42 = − € 380,00; three months € 1.140,00.
        var maanden = Herberekening.Maak(Begin, new DateOnly(2026, 9, 1), Vandaag, _ => Oud, _ => Nieuw, VoorOvergang);

        Assert.Equal([new(2026, 9, 1), new(2026, 10, 1), new(2026, 11, 1)], maanden.Select(m => m.Maand));
        Assert.All(maanden, m => Assert.Equal((Bedrag.Euro(-380m), false), (m.Verschil, m.IsGebrokenMaand)));
        Assert.Equal(Bedrag.Euro(1_140m), Herberekening.TeveelBetaald(maanden));
        Assert.Equal(Bedrag.Nul, Herberekening.Nabetaling(maanden));
    }

    [Fact]
    public void FromTheSixteenthOfSeptember_TheFirstMonthCountsFifteenOfThirtyDaysNew()
    {
        // 1.401,50 × 15/30 = 700,75 (vt 35,0375 → 35,04; maanddeel 665,71) plus 1.001,50 × 15/30 = 500,75 (25,04; 475,71):
        // 1.141,42, so € 190,00 too much in September; with October and November € 950,00.
        var maanden = Herberekening.Maak(Begin, new DateOnly(2026, 9, 16), Vandaag, _ => Oud, _ => Nieuw, VoorOvergang);

        var september = maanden[0];
        Assert.Equal((15, 30, Bedrag.Euro(1_141.42m), Bedrag.Euro(-190m)), (september.DagenNieuw, september.DagenInMaand, september.Nieuw, september.Verschil));
        Assert.Equal(Bedrag.Euro(950m), Herberekening.TeveelBetaald(maanden));
    }

    [Fact]
    public void FromTheTenthOfOctober_EachPartIsRoundedToTheCent_BijstandFirst()
    {
        // 1.401,50 × 9/31 = 406,887… → 406,89 (vt 20,3445 → 20,34; 386,55); 1.001,50 × 22/31 = 710,741… → 710,74
        // (vt 35,537 → 35,54; 675,20); together 1.061,75: € 269,67 too much in October, € 649,67 with November.
        var maanden = Herberekening.Maak(Begin, new DateOnly(2026, 10, 10), Vandaag, _ => Oud, _ => Nieuw, VoorOvergang);

        Assert.Equal((22, Bedrag.Euro(1_061.75m), Bedrag.Euro(-269.67m)), (maanden[0].DagenNieuw, maanden[0].Nieuw, maanden[0].Verschil));
        Assert.Equal(Bedrag.Euro(649.67m), Herberekening.TeveelBetaald(maanden));
    }

    [Fact]
    public void InTheMonthTheBijstandBegan_OnlyItsDaysCount()
    {
        // Bijstand from 20 October, the housemate from 25 October: 5 days old and 7 days new of 31.
        // Was: 1.401,50 × 12/31 = 542,52 (vt 27,13): 515,39. Becomes: 1.401,50 × 5/31 = 226,05 (11,30): 214,75 plus
        // 1.001,50 × 7/31 = 226,15 (11,31): 214,84; together 429,59: − € 85,80.
        var maanden = Herberekening.Maak(new DateOnly(2026, 10, 20), new DateOnly(2026, 10, 25), Vandaag, _ => Oud, _ => Nieuw, VoorOvergang);

        var oktober = maanden[0];
        Assert.Equal((5, 7, 31), (oktober.DagenOud, oktober.DagenNieuw, oktober.DagenInMaand));
        Assert.Equal((Bedrag.Euro(515.39m), Bedrag.Euro(429.59m), Bedrag.Euro(-85.80m)), (oktober.Betaald, oktober.Nieuw, oktober.Verschil));
        Assert.Equal(Bedrag.Euro(-380m), maanden[1].Verschil);
    }

    [Fact]
    public void FromTheIngangsdatumItself_TheWholeBijstandIsReplaced()
    {
        // 1.001,50 × 12/31 = 387,677… → 387,68 (vt 19,38): 368,30 against 515,39: − € 147,09.
        var maanden = Herberekening.Maak(new DateOnly(2026, 10, 20), new DateOnly(2026, 10, 20), Vandaag, _ => Oud, _ => Nieuw, VoorOvergang);

        Assert.Equal((0, 12), (maanden[0].DagenOud, maanden[0].DagenNieuw));
        Assert.Equal(Bedrag.Euro(-147.09m), maanden[0].Verschil);
        Assert.Throws<DomeinregelException>(() => Herberekening.Maak(new DateOnly(2026, 10, 20), new DateOnly(2026, 10, 19), Vandaag, _ => Oud, _ => Nieuw, VoorOvergang));
    }

    // ---- issue #18.1: compared with what was actually paid -------------------------------------------------------

    [Fact]
    public void AMonthPaid_ComparesWithThePayment_AMonthNotYetPaid_HasNoDifference()
    {
        // Income of € 600 from 1 November 2026 (art. 32; art. 54 lid 3): bijstand 1.401,50 − 600 = 801,50, vt 40,075 →
        // 40,08, maanddeel 761,42. November was paid at the old amount (€ 1.331,42, € 70,08 reserved, not paid out):
        // € 570,00 teveel betaald, and the reservation falls by € 30,00. December has no definitive run yet: nothing was
        // paid, so nothing is reclaimed; the next run pays the new amount (the defect: − € 641,25 was claimed for it).
        var vandaag = new DateOnly(2026, 12, 4);
        var maanden = Herberekening.Maak(Begin, new DateOnly(2026, 11, 1), vandaag, _ => Oud, _ => Bedrag.Euro(801.50m),
            m => m.Month == 11 ? BetaaldOud() : new(HerberekeningStatus.NogNietBetaald, Maanddeel.Nul, Bedrag.Nul, Bedrag.Nul, Bedrag.Nul));

        var (november, december) = (maanden[0], maanden[1]);
        Assert.Equal((Bedrag.Euro(1_331.42m), Bedrag.Euro(761.42m), Bedrag.Euro(-570m)), (november.Betaald, november.Nieuw, november.Verschil));
        Assert.Equal((Bedrag.Euro(40.08m), Bedrag.Euro(-30m)), (november.VakantietoeslagNieuw, november.VakantietoeslagCorrectie));
        Assert.Equal((HerberekeningStatus.NogNietBetaald, Bedrag.Euro(761.42m), Bedrag.Nul, Bedrag.Nul), (december.Status, december.Nieuw, december.Verschil, december.VakantietoeslagCorrectie));
        Assert.Equal(Bedrag.Euro(570m), Herberekening.TeveelBetaald(maanden));
    }

    [Fact]
    public void VakantietoeslagAlreadyPaidOut_TheExcessIsTeveelBetaald_NotACorrection()
    {
        // € 400 of income in a month whose € 70,08 reservation was paid out in June: the new right is € 50,08, so € 20,00
        // of vakantietoeslag was paid too much on top of the € 380,00: € 400,00 to claim, no reservation left to move.
        var maanden = Herberekening.Maak(Begin, new DateOnly(2026, 11, 1), Vandaag, _ => Oud, _ => Nieuw, _ => BetaaldOud(70.08m));

        Assert.Equal((Bedrag.Euro(-400m), Bedrag.Nul), (maanden[0].Verschil, maanden[0].VakantietoeslagCorrectie));
    }

    [Fact]
    public void AMonthPaidTooLittle_IsANabetaling_WithMoreReserved()
    {
        // The other way round: € 1.001,50 was paid (€ 951,42 and € 50,08 reserved), € 1.401,50 was due: € 380,00
        // nabetaling by the next run and € 20,00 more reserved.
        var maanden = Herberekening.Maak(Begin, new DateOnly(2026, 11, 1), Vandaag, _ => Nieuw, _ => Oud,
            _ => new(HerberekeningStatus.Betaald, Maanddeel.Nul, Bedrag.Euro(951.42m), Bedrag.Euro(50.08m), Bedrag.Nul));

        Assert.Equal((Bedrag.Euro(380m), Bedrag.Euro(20m)), (Herberekening.Nabetaling(maanden), maanden[0].VakantietoeslagCorrectie));
    }

    [Fact]
    public void TheHouseholdsOtherToekenning_CountsInBothWasAndWordt()
    {
        // An earlier herziening ended toekenning A on 19 October and started B on the 20th; this wijziging of B starts the
        // 25th. A's 19 days (its own recht, say € 859,00 of bijstand, vt 42,95, maanddeel 816,05) were paid and stay:
        // paid € 816,05 + 515,39 = 1.331,44 against 816,05 + 429,59 = 1.245,64: − € 85,80, as for B alone.
        var overig = new Maanddeel(Bedrag.Euro(859m), Bedrag.Euro(42.95m));
        var maanden = Herberekening.Maak(new DateOnly(2026, 10, 20), new DateOnly(2026, 10, 25), Vandaag, _ => Oud, _ => Nieuw,
            m => m.Month == 10 ? new(HerberekeningStatus.Betaald, overig, Bedrag.Euro(1_331.44m), Bedrag.Euro(70.08m), Bedrag.Nul) : BetaaldOud());

        Assert.Equal((Bedrag.Euro(1_245.64m), Bedrag.Euro(-85.80m)), (maanden[0].Nieuw, maanden[0].Verschil));
    }

    [Fact]
    public void EachMonthIsCalculatedWithItsOwnFigures()
    {
        var gevraagd = new List<DateOnly>();
        Herberekening.Maak(Begin, new DateOnly(2026, 6, 20), Vandaag, m => { gevraagd.Add(m); return Oud; }, _ => Nieuw, VoorOvergang);

        Assert.Equal(6, gevraagd.Count);
        Assert.Equal(new DateOnly(2026, 6, 1), gevraagd[0]);
    }

    [Fact]
    public void AStartDateInTheFuture_OrMoreThanFiveYearsBack_IsRefused()
    {
        Assert.Throws<DomeinregelException>(() => Herberekening.Maak(Begin, Vandaag.AddDays(1), Vandaag, _ => Oud, _ => Nieuw, VoorOvergang));
        Assert.Throws<DomeinregelException>(() => Herberekening.Maak(Begin, new DateOnly(2021, 11, 1), Vandaag, _ => Oud, _ => Nieuw, VoorOvergang));
        Assert.Equal(60, Herberekening.Maak(Begin, new DateOnly(2021, 12, 1), Vandaag, _ => Oud, _ => Nieuw, VoorOvergang).Count);
    }
}
