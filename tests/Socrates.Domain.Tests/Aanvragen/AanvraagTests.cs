using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Tests.Aanvragen;

/// <summary>The status flow and the household rules of an aanvraag.</summary>
public sealed class AanvraagTests
{
    private static readonly DateOnly Vandaag = new(2026, 4, 1);
    private static readonly DateOnly Geboren1985 = new(1985, 5, 5);

    [Fact]
    public void Indienen_StartsTheEightWeekTerm()
    {
        var aanvraag = Ingediend(new DateOnly(2026, 3, 9));

        Assert.Equal(AanvraagStatus.Ingediend, aanvraag.Status);
        Assert.Equal(new DateOnly(2026, 5, 4), aanvraag.UitersteBeslisdatum);
    }

    [Fact]
    public void Indienen_BeforeTheMelding_IsRefused()
    {
        var aanvraag = Aanvraag.Melden(Leden.Rotterdam.Code, 1, Geboren1985, new DateOnly(2026, 3, 9), Vandaag);

        var fout = Assert.Throws<DomeinregelException>(() => aanvraag.Indienen(new DateOnly(2026, 3, 2), Geboren1985, null, null, null, Vandaag));

        Assert.Equal("De aanvraag kan niet vóór de melding zijn ontvangen.", fout.Message);
    }

    [Fact]
    public void Indienen_ExemptionWithoutReason_IsRefused()
    {
        var aanvraag = Aanvraag.Melden(Leden.Rotterdam.Code, 1, Geboren1985, new DateOnly(2026, 3, 9), Vandaag);

        Assert.Throws<DomeinregelException>(() => aanvraag.Indienen(
            new DateOnly(2026, 3, 9), new DateOnly(2004, 1, 1), null, ZoektermijnUitzondering.MedischUrenbeperktOfLks, " ", Vandaag));
    }

    [Fact]
    public void IllegalTransition_IsRefusedWithTheStatusNamed()
    {
        var aanvraag = Aanvraag.Melden(Leden.Rotterdam.Code, 1, Geboren1985, new DateOnly(2026, 3, 9), Vandaag);

        var fout = Assert.Throws<DomeinregelException>(() => aanvraag.InBehandelingNemen("consulent"));

        Assert.Equal("Een aanvraag met status 'Gemeld' kunt u niet in behandeling nemen; dat kan alleen bij 'Ingediend'.", fout.Message);
    }

    [Fact]
    public void Intrekken_FromEveryOpenStep_ButNotTwice()
    {
        var aanvraag = Ingediend(new DateOnly(2026, 3, 9));
        aanvraag.InBehandelingNemen("consulent");

        aanvraag.Intrekken(Vandaag);

        Assert.Equal(AanvraagStatus.Ingetrokken, aanvraag.Status);
        Assert.Throws<DomeinregelException>(() => aanvraag.Intrekken(Vandaag));
        Assert.Throws<DomeinregelException>(() => aanvraag.KindToevoegen("Noor", new DateOnly(2020, 1, 1), Vandaag));
    }

    [Fact]
    public void EveryChange_RaisesTheVersion()
    {
        var aanvraag = Ingediend(new DateOnly(2026, 3, 9));
        var versie = aanvraag.Versie;

        aanvraag.KindToevoegen("Noor", new DateOnly(2020, 1, 1), Vandaag);
        aanvraag.WoonsituatieVastleggen(Woonsituatie.Huur, Bedrag.Euro(750));

        Assert.Equal(versie + 2, aanvraag.Versie);
    }

    [Theory]
    [InlineData("2008-03-31", "Een kind van 18 jaar of ouder")]      // 18 on 31 March 2026
    [InlineData("2026-04-02", "in de toekomst")]
    public void KindToevoegen_ImpossibleAge_IsRefused(string geboren, string melding)
    {
        var aanvraag = Ingediend(new DateOnly(2026, 3, 9));

        var fout = Assert.Throws<DomeinregelException>(() =>
            aanvraag.KindToevoegen("Sam", DateOnly.Parse(geboren, System.Globalization.CultureInfo.InvariantCulture), Vandaag));

        Assert.Contains(melding, fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InkomenToevoegen_OfAPartnerWhoIsNotThere_IsRefused()
    {
        var aanvraag = Ingediend(new DateOnly(2026, 3, 9));

        Assert.Throws<DomeinregelException>(() =>
            aanvraag.InkomenToevoegen(Gezinslid.Partner, Inkomstensoort.Arbeid, Bedrag.Euro(500), new DateOnly(2026, 1, 1), null));
    }

    [Fact]
    public void InkomenToevoegen_EndBeforeStart_IsRefused()
    {
        var aanvraag = Ingediend(new DateOnly(2026, 3, 9));

        Assert.Throws<DomeinregelException>(() => aanvraag.InkomenToevoegen(
            Gezinslid.Aanvrager, Inkomstensoort.Arbeid, Bedrag.Euro(500), new DateOnly(2026, 3, 1), new DateOnly(2026, 2, 28)));
    }

    [Fact]
    public void Dakloos_WithHousingCosts_IsRefused() =>
        Assert.Throws<DomeinregelException>(() => Ingediend(new DateOnly(2026, 3, 9)).WoonsituatieVastleggen(Woonsituatie.Dakloos, Bedrag.Euro(100)));

    [Fact]
    public void VermogenSaldo_IsPossessionsMinusDebts()     // art. 34 lid 1 onder a
    {
        var aanvraag = Ingediend(new DateOnly(2026, 3, 9));
        aanvraag.BezittingToevoegen(Bezittingsoort.Spaarrekening, "Spaarrekening ING", Bedrag.Euro(3_250.50m));
        aanvraag.BezittingToevoegen(Bezittingsoort.Voertuig, "Auto", Bedrag.Euro(2_000));
        aanvraag.VermogenVastleggen(Bedrag.Euro(1_200), null, null);

        Assert.Equal(Bedrag.Euro(4_050.50m), aanvraag.VermogenSaldo);
    }

    [Fact]
    public void Hersteltermijn_SuspendsTheTerm_AndBuitenBehandelingNeedsItToHavePassed()
    {
        var aanvraag = Ingediend(new DateOnly(2026, 3, 9));
        aanvraag.BewijsstukVragen("Bankafschriften 3 maanden", new DateOnly(2026, 3, 10), Vandaag);
        aanvraag.HersteltermijnInstellen(new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 30), Vandaag);

        Assert.Equal(new DateOnly(2026, 5, 18), aanvraag.UitersteBeslisdatum);     // + 14 days (Awb 4:15)
        Assert.Throws<DomeinregelException>(() => aanvraag.BuitenBehandelingStellen("consulent", true, new DateOnly(2026, 3, 30)));

        aanvraag.BuitenBehandelingStellen("consulent", vierOgen: true, new DateOnly(2026, 3, 31));

        Assert.Equal((AanvraagStatus.BesluitVoorgesteld, Besluitsoort.BuitenBehandeling), (aanvraag.Status, aanvraag.Besluitvorming.Soort));
        var eigen = Assert.Throws<DomeinregelException>(() => aanvraag.BesluitGoedkeuren("consulent", Vandaag));
        Assert.Contains("vier ogen", eigen.Message, StringComparison.Ordinal);
        aanvraag.BesluitGoedkeuren("teamleider", Vandaag);
        Assert.Equal(AanvraagStatus.Besloten, aanvraag.Status);
    }

    [Fact]
    public void BewijsstukOntvangen_DuringTheHersteltermijn_EndsTheSuspension()
    {
        var aanvraag = Ingediend(new DateOnly(2026, 3, 9));
        aanvraag.BewijsstukVragen("Huurcontract", new DateOnly(2026, 3, 10), Vandaag);
        aanvraag.HersteltermijnInstellen(new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 30), Vandaag);

        aanvraag.BewijsstukOntvangen(aanvraag.Bewijsstukken[0].Id, new DateOnly(2026, 3, 20), Vandaag);

        Assert.Equal(new DateOnly(2026, 5, 8), aanvraag.UitersteBeslisdatum);      // + 4 days
    }

    [Fact]
    public void Verdagen_OnceBeforeTheEnd_ToALaterDate()
    {
        var aanvraag = Ingediend(new DateOnly(2026, 3, 9));

        aanvraag.Verdagen(new DateOnly(2026, 6, 1), "Wachten op gegevens van de Belastingdienst", Vandaag);

        Assert.Equal(new DateOnly(2026, 6, 1), aanvraag.UitersteBeslisdatum);
        Assert.Throws<DomeinregelException>(() => aanvraag.Verdagen(new DateOnly(2026, 6, 15), "Nog eens", Vandaag));
    }

    [Fact]
    public void Verdagen_AfterTheTermPassed_IsRefused()
    {
        var aanvraag = Ingediend(new DateOnly(2026, 1, 5));        // term ended 2 March 2026

        var fout = Assert.Throws<DomeinregelException>(() => aanvraag.Verdagen(new DateOnly(2026, 5, 1), "Te laat", Vandaag));

        Assert.Contains("Awb 4:14", fout.Message, StringComparison.Ordinal);
    }

    private static Aanvraag Ingediend(DateOnly ontvangst)
    {
        var aanvraag = Aanvraag.Melden(Leden.Rotterdam.Code, 1, Geboren1985, ontvangst.AddDays(-7), Vandaag);
        aanvraag.Indienen(ontvangst, Geboren1985, null, null, null, Vandaag);
        return aanvraag;
    }
}
