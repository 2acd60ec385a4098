using Socrates.Domain.Geld;
using Socrates.Domain.Normen;
using Socrates.Domain.Rekenkern;

namespace Socrates.Domain.Tests.Normen;

/// <summary>The checks on a proposed set: amounts present and positive, the 10 % rule and the law's relations within 3 cents.</summary>
public sealed class NormensetcontroleTests
{
    private static readonly DateOnly Juli = new(2026, 7, 1);

    [Theory]
    [InlineData(2025, 1)]
    [InlineData(2025, 7)]
    [InlineData(2026, 1)]
    public void Controleer_TheSetsSocratesHadInCode_PassAgainstTheirPredecessor(int jaar, int maand)
    {
        var datum = new DateOnly(jaar, maand, 1);
        var voorganger = datum == new DateOnly(2025, 1, 1) ? null : Proefsets.UitCode(datum.AddMonths(-6));

        Assert.Empty(Normensetcontrole.Controleer(Proefsets.UitCode(datum), voorganger, afwijkingenBevestigd: false));
    }

    [Fact]
    public void Controleer_TheArtificialSet_Passes() =>
        Assert.Empty(Normensetcontrole.Controleer(Proefsets.Kunstmatig(Juli), Proefsets.Kunstmatig(Juli.AddMonths(-6)), false));

    [Fact]
    public void Controleer_IngangsdatumNotTheFirst_IsRefused() =>
        Assert.Contains(Normensetcontrole.Controleer(Proefsets.Kunstmatig(new DateOnly(2026, 7, 2)), null, false), b => b.Veld == "Ingangsdatum");

    [Fact]
    public void Controleer_Art21_AlleenstaandeFourCentsAbove70PercentOfGehuwden_IsRefused()
    {
        // Art. 21: 70 % of € 2.000,00 = € 1.400,00; € 1.400,03 lies within the rounding margin, € 1.400,04 does not.
        var binnen = Met(n => n with { Alleenstaande = Bedrag.Euro(1_400.03m) });
        var buiten = Met(n => n with { Alleenstaande = Bedrag.Euro(1_400.04m) });

        Assert.DoesNotContain(Normensetcontrole.Controleer(binnen, null, false), b => b.Veld == "Alleenstaande");
        var bevinding = Assert.Single(Normensetcontrole.Controleer(buiten, null, false), b => b.Veld == "Alleenstaande");
        Assert.StartsWith("Art. 21: de norm van een alleenstaande (ouder) is 70 % van de gehuwdennorm", bevinding.Melding);
        Assert.Contains("verwacht €\u00A01.400,00, ingevuld €\u00A01.400,04", bevinding.Melding);
    }

    [Fact]
    public void Controleer_Art20Lid1c_GemengdeGehuwdenIsJongerennormPlusHalfGehuwden()
    {
        // Art. 20 lid 1 onder c: € 300,00 + ½ × € 2.000,00 = € 1.300,00; € 1.310,00 is refused.
        var set = Met(n => n with { GemengdeGehuwden = Bedrag.Euro(1_310m) });

        var bevinding = Assert.Single(Normensetcontrole.Controleer(set, null, false));
        Assert.Equal("GemengdeGehuwden", bevinding.Veld);
        Assert.Contains("verwacht €\u00A01.300,00", bevinding.Melding);
    }

    [Fact]
    public void Controleer_Art22c_PensioenGehuwdenEenDiffersFromBeiden_IsRefused()
    {
        // Art. 22 onder c equals onder b: € 2.100,00.
        var set = Met(n => n with { PensioenGehuwdenEen = Bedrag.Euro(2_050m) });

        Assert.Equal("PensioenGehuwdenEen", Assert.Single(Normensetcontrole.Controleer(set, null, false)).Veld);
    }

    [Fact]
    public void Controleer_Art22a_KostendelerJongereMetKinderenIsLid2bMinusLid1a()
    {
        // Art. 22a lid 3 onder a: € 1.000,00 − € 300,00 = € 700,00.
        var set = Met(n => n with { KostendelerJongereMetKinderen = Bedrag.Euro(705m) });

        Assert.Equal("KostendelerJongereMetKinderen", Assert.Single(Normensetcontrole.Controleer(set, null, false)).Veld);
    }

    [Fact]
    public void Controleer_Art23_InrichtingGehuwdenNotBelowAlleenstaande_IsRefused()
    {
        // Art. 23 lid 1: onder a (€ 400,00) lies below onder b; € 400,00 for onder b as well is refused at onder a.
        var set = Met(n => n with { InrichtingGehuwden = Bedrag.Euro(400m) });

        Assert.Contains(Normensetcontrole.Controleer(set, null, false), b => b.Veld == "InrichtingAlleenstaande" && b.Melding.StartsWith("Art. 23 lid 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Controleer_Art20Lid4_VerhogingAboveTheArt21Norm_IsRefused()
    {
        // Art. 20 lid 4: € 300,00 + € 1.100,01 = € 1.400,01 > € 1.400,00.
        var set = Met(n => n with { JongerenVerhoging = Bedrag.Euro(1_100.01m) });

        Assert.Equal("JongerenVerhoging", Assert.Single(Normensetcontrole.Controleer(set, null, false)).Veld);
    }

    [Fact]
    public void Controleer_Art34Lid3_GehuwdenNotTwiceAlleenstaande_IsRefused()
    {
        var set = Proefsets.Kunstmatig(Juli) with
        {
            Vermogensgrenzen = new(Bedrag.Euro(7_000m), Bedrag.Euro(15_000m), Bedrag.Euro(15_000m), "Proefbrief"),
        };

        Assert.Equal("VermogensgrensGehuwden", Assert.Single(Normensetcontrole.Controleer(set, null, false)).Veld);
    }

    [Fact]
    public void Controleer_MissingOrZeroAmount_IsRefusedPerField()
    {
        var set = Met(n => n with { JongerenVerhoging = null, InrichtingVerhogingGehuwden = Bedrag.Nul });

        var bevindingen = Normensetcontrole.Controleer(set, null, false);

        Assert.Equal(["JongerenVerhoging", "InrichtingVerhogingGehuwden"], bevindingen.Select(b => b.Veld));
        Assert.Equal("Vul verhoging als de ouders niet kunnen bijdragen (art. 20 lid 3) in.", bevindingen[0].Melding);
        Assert.Equal("Verhoging gehuwden (art. 23 lid 2 onder b) moet groter zijn dan nul.", bevindingen[1].Melding);
    }

    [Fact]
    public void Controleer_TenPercentOrMoreFromThePredecessor_NeedsConfirmation()
    {
        // Every amount × 1,10 against the predecessor: exactly 10 % is "not less than 10 %", so it needs confirmation.
        var voorganger = Proefsets.Kunstmatig(Juli.AddMonths(-6));
        var tienProcent = Proefsets.Kunstmatig(Juli, 1.10m);
        var negen = Proefsets.Kunstmatig(Juli, 1.099m);

        var bevindingen = Normensetcontrole.Controleer(tienProcent, voorganger, false);

        Assert.All(bevindingen, b => Assert.True(b.IsAfwijking));
        Assert.Contains(bevindingen, b => b.Veld == "Alleenstaande" && b.Melding.Contains("wijkt 10 % af van de set van 01-01-2026 (€\u00A01.400,00 → €\u00A01.540,00)", StringComparison.Ordinal));
        Assert.Empty(Normensetcontrole.Controleer(tienProcent, voorganger, afwijkingenBevestigd: true));
        Assert.Empty(Normensetcontrole.Controleer(negen, voorganger, false));
    }

    [Fact]
    public void Controleer_AowAgeFalling_IsRefused()
    {
        var set = Proefsets.Kunstmatig(Juli) with { AowLeeftijden = [new(2026, 67, 3), new(2027, 67, 0)] };

        var bevinding = Assert.Single(Normensetcontrole.Controleer(set, null, false));
        Assert.Equal(Normvelden.AowLeeftijden, bevinding.Veld);
        Assert.Equal("De pensioengerechtigde leeftijd daalt van 2026 naar 2027; art. 7a AOW laat die alleen stijgen.", bevinding.Melding);
    }

    private static Normeninhoud Met(Func<Normbedragen, Normbedragen> wijziging)
    {
        var set = Proefsets.Kunstmatig(Juli);
        return set with { Normbedragen = wijziging(set.Normbedragen) };
    }
}
