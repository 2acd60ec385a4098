using Socrates.Domain.Bezwaren;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Tests.Bezwaren;

/// <summary>The bezwaar's rules: Awb 7:5 (not the besluit's own people), 6:11, 7:2/7:3, four-eyes on the beslissing, herroeping.</summary>
public sealed class BezwaarTests
{
    private static readonly DateOnly Verzonden = new(2026, 3, 2);
    private static readonly DateOnly Vandaag = new(2026, 4, 20);

    private static Bezwaar Nieuw(DateOnly? ontvangen = null, BestredenBesluitsoort soort = BestredenBesluitsoort.Terugvordering) =>
        Bezwaar.Registreren(
            GemeenteCode.Parse("GM0599"), 1, new BestredenBesluit(soort, null, 7, Verzonden, "consulent", "teamleider"),
            ontvangen ?? new DateOnly(2026, 4, 1), Indiener.Belanghebbende, null, "Ik was niet verwijtbaar.", adviescommissie: false, "consulent", Vandaag);

    [Fact]
    public void Registreren_OnTime_IsTijdigWithBeslistermijn()
    {
        var bezwaar = Nieuw();

        Assert.True(bezwaar.Tijdig);
        Assert.False(bezwaar.VerschoonbaarheidOpen);
        Assert.Equal(new DateOnly(2026, 5, 26), bezwaar.UitersteBeslisdatum);  // Awb 7:10, Atw: tweede Pinksterdag
    }

    [Fact]
    public void Registreren_Gemachtigde_NeedsAName()
    {
        var fout = Assert.Throws<DomeinregelException>(() => Bezwaar.Registreren(
            GemeenteCode.Parse("GM0599"), 1, new BestredenBesluit(BestredenBesluitsoort.Toekenning, 3, null, Verzonden, "a", "b"),
            Vandaag, Indiener.Gemachtigde, " ", "Gronden", false, "a", Vandaag));
        Assert.Contains("gemachtigde", fout.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("consulent")]
    [InlineData("teamleider")]
    public void Awb7_5_BehandelaarInvolvedInTheBesluit_IsRefused(string betrokkene)
    {
        var bezwaar = Nieuw();

        var fout = Assert.Throws<DomeinregelException>(() => bezwaar.BehandelaarToewijzen(betrokkene));
        Assert.Contains("Awb 7:5 lid 1", fout.Message, StringComparison.Ordinal);
        Assert.Null(bezwaar.BehandelaarId);
    }

    [Fact]
    public void Awb6_11_LateAndNotVerschoonbaar_CanOnlyBeNietOntvankelijk()
    {
        var bezwaar = Nieuw(new DateOnly(2026, 4, 14));               // day 43
        bezwaar.BehandelaarToewijzen("behandelaar");
        bezwaar.AfzienVanHorenVastleggen(AfzienVanHorenGrond.GeenGebruikVanHoren, "Belde af.");
        Assert.True(bezwaar.VerschoonbaarheidOpen);
        Assert.Throws<DomeinregelException>(() => Voorstellen(bezwaar, BezwaarUitkomst.Ongegrond));

        bezwaar.VerschoonbaarheidBeoordelen(false, "Geen reden opgegeven.");

        var fout = Assert.Throws<DomeinregelException>(() => Voorstellen(bezwaar, BezwaarUitkomst.Ongegrond));
        Assert.Contains("Awb 6:11", fout.Message, StringComparison.Ordinal);
        Voorstellen(bezwaar, BezwaarUitkomst.NietOntvankelijk);
        Assert.Equal(BezwaarStatus.BeslissingVoorgesteld, bezwaar.Status);
    }

    [Fact]
    public void Awb7_2_WithoutHearingOrGround_CannotPropose()
    {
        var bezwaar = Nieuw();
        bezwaar.BehandelaarToewijzen("behandelaar");

        var fout = Assert.Throws<DomeinregelException>(() => Voorstellen(bezwaar, BezwaarUitkomst.Ongegrond));
        Assert.Contains("Awb 7:2", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Awb7_3_KennelijkOngegrond_BindsTheOutcome()
    {
        var bezwaar = Nieuw();
        bezwaar.BehandelaarToewijzen("behandelaar");
        bezwaar.AfzienVanHorenVastleggen(AfzienVanHorenGrond.KennelijkOngegrond, "Het bezwaar herhaalt alleen het eerdere standpunt.");

        Assert.Throws<DomeinregelException>(() => Voorstellen(bezwaar, BezwaarUitkomst.Gegrond, Bedrag.Nul));
    }

    [Fact]
    public void VierOgen_ProposerCannotApprove_NorSomeoneInvolvedInTheBesluit()
    {
        var bezwaar = Nieuw();
        bezwaar.BehandelaarToewijzen("behandelaar");
        bezwaar.AfzienVanHorenVastleggen(AfzienVanHorenGrond.VolledigTegemoetgekomen, "Geheel tegemoetgekomen.");
        Voorstellen(bezwaar, BezwaarUitkomst.Gegrond, Bedrag.Nul);

        Assert.Contains("vier ogen", Assert.Throws<DomeinregelException>(() => bezwaar.BeslissingGoedkeuren("behandelaar", null, Vandaag)).Message, StringComparison.Ordinal);
        Assert.Contains("Awb 7:5", Assert.Throws<DomeinregelException>(() => bezwaar.BeslissingGoedkeuren("teamleider", null, Vandaag)).Message, StringComparison.Ordinal);

        bezwaar.BeslissingGoedkeuren("teamleider2", null, Vandaag);
        Assert.Equal(BezwaarStatus.Beslist, bezwaar.Status);
        Assert.False(bezwaar.IsOpen);
    }

    [Fact]
    public void Herroeping_LowersTheVorderingToTheNewAmount()
    {
        var bezwaar = Nieuw();
        bezwaar.BehandelaarToewijzen("behandelaar");
        bezwaar.AfzienVanHorenVastleggen(AfzienVanHorenGrond.GeenGebruikVanHoren, "Wil niet gehoord worden.");
        Voorstellen(bezwaar, BezwaarUitkomst.GedeeltelijkGegrond, new Bedrag(40_000));

        Assert.Equal(new Bedrag(-83_456), bezwaar.HerroepingsCorrectie(new Bedrag(123_456)));  // € 1.234,56 → € 400,00
    }

    [Fact]
    public void Awb7_15_Proceskosten_PointsTimesValue_OnlyWhenGegrond()
    {
        var bezwaar = Nieuw();
        bezwaar.BehandelaarToewijzen("behandelaar");
        bezwaar.AfzienVanHorenVastleggen(AfzienVanHorenGrond.GeenGebruikVanHoren, "Wil niet gehoord worden.");
        Assert.Throws<DomeinregelException>(() => bezwaar.BeslissingVoorstellen(
            BezwaarUitkomst.Ongegrond, "Motivering", null, null, 1m, null, "behandelaar", Vandaag));

        bezwaar.BeslissingVoorstellen(BezwaarUitkomst.Gegrond, "Motivering", Bedrag.Nul, new Bedrag(100_00), 1m, null, "behandelaar", Vandaag);

        Assert.Equal(Bedrag.Euro(647m), bezwaar.Proceskosten);       // 1 punt × € 647 (bijlage Bpb, bezwaar)
    }

    [Fact]
    public void Verdagen_Once_BeforeTheTermEnds()
    {
        var bezwaar = Nieuw();
        bezwaar.Verdagen("Advies van de GGD nodig.", Vandaag);

        Assert.Equal(new DateOnly(2026, 7, 6), bezwaar.UitersteBeslisdatum);   // 13 April + 84 days (Awb 7:10 lid 1 and 3)
        Assert.Throws<DomeinregelException>(() => bezwaar.Verdagen("Nog eens.", Vandaag));
    }

    [Fact]
    public void Awb7_11_GegrondTegenEenAanvraagbesluit_WachtOpHetNieuweBesluit_EnRondtAfMetDeKoppeling()
    {
        var bezwaar = Bezwaar.Registreren(
            GemeenteCode.Parse("GM0599"), 1, new BestredenBesluit(BestredenBesluitsoort.Afwijzing, 12, null, Verzonden, "consulent", "teamleider"),
            new DateOnly(2026, 4, 1), Indiener.Belanghebbende, null, "Mijn vermogen is lager.", adviescommissie: false, "consulent", Vandaag);
        Assert.Contains("bezwaarbehandelaar toe", Assert.Throws<DomeinregelException>(() => Voorstellen(bezwaar, BezwaarUitkomst.Gegrond)).Message, StringComparison.Ordinal);
        bezwaar.BehandelaarToewijzen("behandelaar");
        bezwaar.AfzienVanHorenVastleggen(AfzienVanHorenGrond.VolledigTegemoetgekomen, "Geheel tegemoetgekomen.");
        Voorstellen(bezwaar, BezwaarUitkomst.Gegrond);
        Assert.Throws<DomeinregelException>(() => bezwaar.HerroepingStarten(12));                      // not before the beslissing

        bezwaar.BeslissingGoedkeuren("teamleider2", "Neem de aanvraag opnieuw in behandeling.", Vandaag);

        Assert.Equal((BezwaarStatus.HerroepingUitvoeren, true, true, false), (bezwaar.Status, bezwaar.IsOpen, bezwaar.IsBeslist, bezwaar.HerroepingViaWijziging));
        Assert.Null(bezwaar.Termijn(Vandaag, 10));                                                   // decided in time: no beslistermijn any more
        bezwaar.HerroepingStarten(12);
        Assert.Throws<DomeinregelException>(() => bezwaar.HerroepingUitgevoerd(13, null, Vandaag));  // another aanvraag's besluit
        bezwaar.HerroepingUitgevoerd(12, 40, Vandaag);
        Assert.Equal((BezwaarStatus.Beslist, false, 40, Vandaag), (bezwaar.Status, bezwaar.IsOpen, bezwaar.HerroepingToekenningId, bezwaar.HerroepingUitgevoerdOp));
        Assert.Throws<DomeinregelException>(() => bezwaar.HerroepingStarten(12));
    }

    private static void Voorstellen(Bezwaar bezwaar, BezwaarUitkomst uitkomst, Bedrag? nieuw = null) =>
        bezwaar.BeslissingVoorstellen(uitkomst, "Motivering van de beslissing.", nieuw, new Bedrag(123_456), null, null, "behandelaar", Vandaag);
}
