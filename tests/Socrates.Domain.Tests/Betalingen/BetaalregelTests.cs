using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Tests.Betalingen;

/// <summary>
/// The payment line of one household in one month, worked out by hand. Art. 45 Pw: bijstand is paid per month, naar
/// rato of the days the right ran (lid 3) and with the vakantietoeslag of 5 % (art. 19 lid 3) reserved and paid once a
/// year or when the bijstand ends (lid 1). Awb 4:93 lid 4 with art. 60 Pw: a claim is set off only within the room
/// above the beslagvrije voet. Every amount in the comments is computed on paper, rounded half away from zero.
/// </summary>
public sealed class BetaalregelTests
{
    private const string GeldigeIban = "NL91ABNA0417164300";

    private static Betaalinvoer Invoer(DateOnly maand, decimal bijstandHeleMaand) => new()
    {
        Maand = maand, ToekenningId = 1, AanvraagId = 2, AanvragerId = 3, Naam = "J. de Vries", Iban = GeldigeIban,
        Ingangsdatum = new DateOnly(2024, 1, 1), Recht = true, Norm = Bedrag.Euro(1_400m), InkomenInAanmerking = Bedrag.Nul,
        BijstandHeleMaand = Bedrag.Euro(bijstandHeleMaand), BeslagvrijeVoetPercentage = Percentage.Van(95),
        BeslagvrijeVoetGrondslag = BeslagvrijeVoetGrondslag.NormInclusiefVakantietoeslag,
    };

    // ---- art. 45 lid 3: naar rato of the days --------------------------------------------------------------------

    [Fact]
    public void HeleMaand_BetaaltDeMaand_MinDeGereserveerdeVakantietoeslag()
    {
        // March 2026, toekenning since 2024: 31 of 31 days. € 1.240,00 − 5 % (€ 62,00) = € 1.178,00.
        var regel = Betaalregel.Maak(Invoer(new DateOnly(2026, 3, 1), 1_240m), Geen.Verdeel);

        Assert.Equal((31, 31), (regel.Dagen, regel.DagenInMaand));
        Assert.Equal(Bedrag.Euro(1_240m), regel.Bijstand);
        Assert.Equal(Bedrag.Euro(62m), regel.VakantietoeslagGereserveerd);
        Assert.Equal(Bedrag.Nul, regel.VakantietoeslagUitbetaald);
        Assert.Equal(Bedrag.Euro(1_178m), regel.TeBetalen);
        Assert.Equal(Signaal.Geen, regel.Signalen);
    }

    [Fact]
    public void IngangInDeMaand_BetaaltDeDagenVanafDeIngangsdatum()
    {
        // Ingang 11 March 2026: the 11th up to the 31st is 21 of 31 days. € 1.240,00 × 21 / 31 = € 840,00;
        // 5 % reserved = € 42,00; paid € 798,00.
        var regel = Betaalregel.Maak(Invoer(new DateOnly(2026, 3, 1), 1_240m) with { Ingangsdatum = new DateOnly(2026, 3, 11) }, Geen.Verdeel);

        Assert.Equal((21, 31), (regel.Dagen, regel.DagenInMaand));
        Assert.Equal(Bedrag.Euro(840m), regel.Bijstand);
        Assert.Equal(Bedrag.Euro(42m), regel.VakantietoeslagGereserveerd);
        Assert.Equal(Bedrag.Euro(798m), regel.TeBetalen);
    }

    [Fact]
    public void Februari_HeeftAchtentwintigDagen()
    {
        // Ingang 15 February 2026 (not a leap year): the 15th up to the 28th is 14 of 28 days, half the month.
        // € 1.400,00 × 14 / 28 = € 700,00; 5 % = € 35,00; paid € 665,00.
        var regel = Betaalregel.Maak(Invoer(new DateOnly(2026, 2, 1), 1_400m) with { Ingangsdatum = new DateOnly(2026, 2, 15) }, Geen.Verdeel);

        Assert.Equal((14, 28), (regel.Dagen, regel.DagenInMaand));
        Assert.Equal(Bedrag.Euro(665m), regel.TeBetalen);
    }

    [Fact]
    public void NaarRato_OpEenHalveCent_RondtVanNulAf()
    {
        // One day of a 30-day month: € 1.234,65 / 30 = € 41,155 exactly, rounded half away from zero to € 41,16.
        // (A factor 1/30 = 0,0333… rounded to 28 digits first gives € 41,1549999… and so € 41,15: wrong.)
        Assert.Equal(Bedrag.Euro(41.16m), Maanddeel.NaarRatoBedrag(Bedrag.Euro(1_234.65m), 1, 30));

        // 7 of 31 days: € 1.000,00 × 7 / 31 = € 225,806… → € 225,81.
        Assert.Equal(Bedrag.Euro(225.81m), Maanddeel.NaarRatoBedrag(Bedrag.Euro(1_000m), 7, 31));
    }

    [Theory]
    [InlineData("2026-04-01", null, 30)]            // runs on: the whole of April
    [InlineData("2026-04-30", null, 1)]             // begins on the last day
    [InlineData("2025-01-01", "2026-04-10", 10)]    // ends on the 10th: 1–10 April
    [InlineData("2026-04-05", "2026-04-05", 1)]     // one single day
    [InlineData("2026-04-20", "2026-04-19", 0)]     // ends before it began (a correction): nothing
    [InlineData("2026-05-01", null, 0)]             // begins next month
    public void DagenIn_TeltDeDagenVanDeToekenningInDeMaand(string ingang, string? einde, int dagen) =>
        Assert.Equal(dagen, Betaalregel.DagenIn(new DateOnly(2026, 4, 1), DateOnly.Parse(ingang, System.Globalization.CultureInfo.InvariantCulture),
            einde is null ? null : DateOnly.Parse(einde, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void GeenRecht_BetaaltNiets_EnSignaleert()
    {
        // The rekenkern finds no right this month (income above the norm): € 0,00 and the line waits for the team lead.
        var regel = Betaalregel.Maak(Invoer(new DateOnly(2026, 3, 1), 1_240m) with { Recht = false }, Geen.Verdeel);

        Assert.Equal(Bedrag.Nul, regel.Bijstand);
        Assert.Equal(Bedrag.Nul, regel.TeBetalen);
        Assert.Equal(Signaal.NulOfNegatief, regel.Signalen);
    }

    // ---- art. 45 lid 1: vakantietoeslag --------------------------------------------------------------------------

    [Fact]
    public void Uitbetaalmaand_BetaaltDeGereserveerdeVakantietoeslag_BovenopDeMaand()
    {
        // May 2026, the payout month. € 1.200,00 a month: € 60,00 reserved in each of May 2025 … April 2026, twelve
        // months = € 720,00 (the run sums them; Betaalinvoer carries the sum). This month: € 1.200,00 − € 60,00
        // reserved = € 1.140,00, plus € 720,00 = € 1.860,00. May's own € 60,00 stays reserved for next year.
        var invoer = Invoer(new DateOnly(2026, 5, 1), 1_200m) with { VakantietoeslagUitbetaling = Bedrag.Euro(720m), VorigBedrag = Bedrag.Euro(1_140m) };

        var regel = Betaalregel.Maak(invoer, Geen.Verdeel);

        Assert.Equal(Bedrag.Euro(60m), regel.VakantietoeslagGereserveerd);
        Assert.Equal(Bedrag.Euro(720m), regel.VakantietoeslagUitbetaald);
        Assert.Equal(Bedrag.Euro(1_860m), regel.TeBetalen);

        // The yearly payout is expected, not an anomaly: the monthly part (€ 1.140,00) equals April's.
        Assert.Equal(Signaal.Geen, regel.Signalen);
    }

    [Fact]
    public void MaandNaDeUitbetaalmaand_VergelijktZonderDeVakantietoeslagVanDeVorigeMaand()
    {
        // June 2026: € 1.140,00 again. May transferred € 1.860,00 of which € 720,00 vakantietoeslag: its monthly part
        // was € 1.140,00, so nothing changed.
        var invoer = Invoer(new DateOnly(2026, 6, 1), 1_200m) with
        {
            VorigBedrag = Bedrag.Euro(1_860m), VorigeVakantietoeslagUitbetaald = Bedrag.Euro(720m),
        };

        var regel = Betaalregel.Maak(invoer, Geen.Verdeel);

        Assert.Equal(Bedrag.Euro(1_140m), regel.TeBetalen);
        Assert.Equal(Signaal.Geen, regel.Signalen);
    }

    [Fact]
    public void LaatsteBetaling_BetaaltDeGereserveerdeEnDezeMaandsVakantietoeslag()
    {
        // The toekenning ends 10 April 2026: 10 of 30 days. € 1.500,00 × 10 / 30 = € 500,00; its 5 % (€ 25,00) is not
        // reserved but paid at once, with the € 300,00 reserved since the last payout month (the run's sum):
        // € 500,00 − € 25,00 + € 25,00 + € 300,00 = € 800,00.
        var invoer = Invoer(new DateOnly(2026, 4, 1), 1_500m) with
        {
            Einddatum = new DateOnly(2026, 4, 10), LaatsteBetaling = true, VakantietoeslagUitbetaling = Bedrag.Euro(300m),
        };

        var regel = Betaalregel.Maak(invoer, Geen.Verdeel);

        Assert.Equal(10, regel.Dagen);
        Assert.Equal(Bedrag.Euro(500m), regel.Bijstand);
        Assert.Equal(Bedrag.Euro(25m), regel.VakantietoeslagGereserveerd);
        Assert.Equal(Bedrag.Euro(325m), regel.VakantietoeslagUitbetaald);
        Assert.Equal(Bedrag.Euro(800m), regel.TeBetalen);
        Assert.Equal(Signaal.ToekenningBeeindigd, regel.Signalen);
    }

    // ---- Awb 4:93 lid 4, art. 60 Pw: verrekening above the beslagvrije voet ----------------------------------------

    [Fact]
    public void Verrekening_AlleenBovenDeBeslagvrijeVoet()
    {
        // Norm € 1.400,00 (incl. vakantietoeslag); beslagvrije voet 95 % of it = € 1.330,00. Income € 400,00, so the
        // bijstand is € 1.000,00: € 50,00 reserved, € 950,00 paid. Room = € 950,00 + € 400,00 − € 1.330,00 = € 20,00.
        // The claim takes all of it: € 930,00 is transferred.
        var invoer = Invoer(new DateOnly(2026, 3, 1), 1_000m) with { InkomenInAanmerking = Bedrag.Euro(400m) };
        Bedrag? gekregen = null;

        var regel = Betaalregel.Maak(invoer, ruimte =>
        {
            gekregen = ruimte;
            return [(7, ruimte)];
        });

        Assert.Equal(Bedrag.Euro(20m), gekregen);
        Assert.Equal(Bedrag.Euro(20m), regel.Verrekend);
        Assert.Equal([(7, Bedrag.Euro(20m))], regel.Verrekeningen);
        Assert.Equal(Bedrag.Euro(930m), regel.TeBetalen);
    }

    [Fact]
    public void Verrekening_GrondslagExclusiefVakantietoeslag_GeeftMeerRuimte()
    {
        // The same household, the voet on the norm without vakantietoeslag: € 1.400,00 − 5 % = € 1.330,00; 95 % of
        // it = € 1.263,50. Room = € 950,00 + € 400,00 − € 1.263,50 = € 86,50.
        var invoer = Invoer(new DateOnly(2026, 3, 1), 1_000m) with
        {
            InkomenInAanmerking = Bedrag.Euro(400m), BeslagvrijeVoetGrondslag = BeslagvrijeVoetGrondslag.NormExclusiefVakantietoeslag,
        };

        var regel = Betaalregel.Maak(invoer, ruimte => [(7, ruimte)]);

        Assert.Equal(Bedrag.Euro(86.50m), regel.Verrekend);
        Assert.Equal(Bedrag.Euro(863.50m), regel.TeBetalen);
    }

    [Fact]
    public void Verrekening_GeenRuimte_VraagtDeVorderingenNiets()
    {
        // No income: € 1.400,00 bijstand, € 1.330,00 paid, exactly the voet of € 1.330,00. Room € 0,00: the claims
        // are not even asked.
        var regel = Betaalregel.Maak(Invoer(new DateOnly(2026, 3, 1), 1_400m), _ => throw new InvalidOperationException("niet vragen"));

        Assert.Equal(Bedrag.Nul, regel.Verrekend);
        Assert.Equal(Bedrag.Euro(1_330m), regel.TeBetalen);
    }

    [Fact]
    public void Verrekening_DieMeerNeemtDanDeRuimte_WordtGeweigerd()
    {
        // Room € 20,00 (as above); a plan that takes € 20,01 is a programming error, never a payment.
        var invoer = Invoer(new DateOnly(2026, 3, 1), 1_000m) with { InkomenInAanmerking = Bedrag.Euro(400m) };

        Assert.Throws<InvalidOperationException>(() => Betaalregel.Maak(invoer, _ => [(7, Bedrag.Euro(20.01m))]));
    }

    // ---- signals for the team lead -------------------------------------------------------------------------------

    [Theory]
    // Last month € 1.000,00; 10 % of it is € 100,00. Only a change of more than that is signalled.
    // € 1.157,89 − 5 % (€ 57,89) = € 1.100,00: +10 % exactly, no signal.
    [InlineData(1_157.89, false)]
    // € 1.157,91 − 5 % (€ 57,8955 → € 57,90) = € 1.100,01: more than 10 % up.
    [InlineData(1_157.91, true)]
    // € 947,37 − 5 % (€ 47,3685 → € 47,37) = € 900,00: −10 % exactly, no signal.
    [InlineData(947.37, false)]
    // € 947,36 − 5 % (€ 47,368 → € 47,37) = € 899,99: more than 10 % down.
    [InlineData(947.36, true)]
    public void BedragGewijzigd_BijMeerDanTienProcentVerschil(decimal bijstand, bool gesignaleerd)
    {
        var regel = Betaalregel.Maak(Invoer(new DateOnly(2026, 3, 1), bijstand) with { VorigBedrag = Bedrag.Euro(1_000m) }, Geen.Verdeel);

        Assert.Equal(gesignaleerd, regel.Signalen.HasFlag(Signaal.BedragGewijzigd));
    }

    [Fact]
    public void BedragGewijzigd_NietZonderVorigeBetaling()
    {
        // A first payment, or last month paid nothing: there is nothing to compare with.
        Assert.Equal(Signaal.Geen, Betaalregel.Maak(Invoer(new DateOnly(2026, 3, 1), 1_240m), Geen.Verdeel).Signalen);
        Assert.Equal(Signaal.Geen, Betaalregel.Maak(Invoer(new DateOnly(2026, 3, 1), 1_240m) with { VorigBedrag = Bedrag.Nul }, Geen.Verdeel).Signalen);
    }

    [Fact]
    public void NulOfNegatief_AlleenBijNiets()
    {
        // One cent full month: 5 % of € 0,01 is € 0,0005 → € 0,00; € 0,01 is paid and is not signalled.
        Assert.Equal(Signaal.Geen, Betaalregel.Maak(Invoer(new DateOnly(2026, 3, 1), 0.01m), Geen.Verdeel).Signalen);

        // A verrekening that takes all of a payment leaves € 0,00: the team lead sees it. Norm € 1.400,00, voet
        // € 1.330,00, income € 1.330,00, bijstand € 70,00: € 3,50 reserved, € 66,50 paid, room = € 66,50 + € 1.330,00
        // − € 1.330,00 = € 66,50, all of it taken.
        var invoer = Invoer(new DateOnly(2026, 3, 1), 70m) with { InkomenInAanmerking = Bedrag.Euro(1_330m) };
        var regel = Betaalregel.Maak(invoer, ruimte => [(7, ruimte)]);
        Assert.Equal(Bedrag.Euro(66.50m), regel.Verrekend);
        Assert.Equal(Bedrag.Nul, regel.TeBetalen);
        Assert.True(regel.Signalen.HasFlag(Signaal.NulOfNegatief));
    }

    [Theory]
    [InlineData(null, Signaal.IbanOntbreekt)]
    [InlineData("   ", Signaal.IbanOntbreekt)]
    [InlineData("NL91ABNA0417164301", Signaal.IbanOngeldig)]            // check digits wrong (mod 97)
    [InlineData("TR330006100519786457841326", Signaal.IbanOngeldig)]    // a valid IBAN outside the SEPA area
    [InlineData("NL91 ABNA 0417 1643 00", Signaal.Geen)]                // spaces as printed on a card
    [InlineData("DE89370400440532013000", Signaal.Geen)]                // another SEPA country
    public void Iban_OntbreektOfOnbereikbaar(string? iban, Signaal signaal) =>
        Assert.Equal(signaal, Betaalregel.Maak(Invoer(new DateOnly(2026, 3, 1), 1_240m) with { Iban = iban }, Geen.Verdeel).Signalen);

    [Theory]
    [InlineData("2026-03-30", true)]     // ends the day before the last: the last payment, naar rato
    [InlineData("2026-03-31", true)]     // ends on the last day: still the last payment (#20.1; art. 45 lid 1: the vakantietoeslag with it)
    [InlineData("2026-04-30", false)]    // ends later
    public void ToekenningBeeindigd_AlsZeInDezeMaandStopt_OokOpDeLaatsteDag(string einde, bool gesignaleerd)
    {
        var invoer = Invoer(new DateOnly(2026, 3, 1), 1_240m) with { Einddatum = DateOnly.Parse(einde, System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(gesignaleerd, Betaalregel.Maak(invoer, Geen.Verdeel).Signalen.HasFlag(Signaal.ToekenningBeeindigd));
    }

    /// <summary>A household without claims to set off.</summary>
    private static class Geen
    {
        public static IReadOnlyList<(int TerugvorderingId, Bedrag Bedrag)> Verdeel(Bedrag ruimte) => [];
    }
}
