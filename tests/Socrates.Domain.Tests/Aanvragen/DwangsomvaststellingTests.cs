using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Tests.Aanvragen;

/// <summary>
/// Awb 4:18: the college sets whether the dwangsom is due and how much, by beschikking, within two weeks after the last day
/// it was due; Awb 4:17 lid 6: none is due when it was put in default unreasonably late, the aanvrager is no belanghebbende,
/// or the aanvraag is evidently inadmissible or unfounded. Worked by hand: the aanvraag was received 02-01-2026, so the term
/// (8 weeks, Awb 4:13) ended 27-02-2026; the ingebrekestelling was received 01-03-2026, so day 1 is 15-03-2026 (lid 3).
/// </summary>
public sealed class DwangsomvaststellingTests
{
    private static readonly DateOnly Ontvangst = new(2026, 1, 2);
    private static readonly DateOnly Ingebrekestelling = new(2026, 3, 1);

    [Fact]
    public void Besluit_On02April_Sets18Days_462Euro_Within14DaysAfter01April()
    {
        // Days in default 15-03 up to 01-04 (the day before the besluit) = 18: 14 × € 23 + 4 × € 35 = 322 + 140 = € 462.
        var aanvraag = MetIngebrekestelling();
        var besluit = new DateOnly(2026, 4, 2);
        aanvraag.ToekenningVoorstellen(Ontvangst, Ontvangst, "consulent", vierOgen: false, besluit);

        var stand = aanvraag.Dwangsom(besluit.AddDays(1))!;
        Assert.Equal((18, Bedrag.Euro(462), false, true), (stand.Dagen, stand.Bedrag, stand.Loopt, stand.Gestopt));
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 15)), (stand.LaatsteDag, stand.VaststellenUiterlijk));

        aanvraag.DwangsomVoorstellen("consulent", besluit.AddDays(1));
        aanvraag.DwangsomGoedkeuren("teamleider", besluit.AddDays(2), new DateTime(2026, 4, 4, 9, 0, 0, DateTimeKind.Utc));

        var vaststelling = aanvraag.Dwangsomvaststelling;
        Assert.Equal((18, Bedrag.Euro(462), new DateOnly(2026, 4, 4), "teamleider"), (vaststelling.Dagen, vaststelling.Bedrag, vaststelling.VastgesteldOp, vaststelling.VastgesteldDoor));
        Assert.True(vaststelling.IsTeBetalen);
    }

    [Fact]
    public void NoBesluit_AfterDay42_TheMaximum_1442Euro_CanBeSet()
    {
        // Day 42 is 25-04-2026 (15-03 + 41): 14 × 23 + 14 × 35 + 14 × 45 = 322 + 490 + 630 = € 1.442; set by 09-05-2026.
        var aanvraag = MetIngebrekestelling();
        Assert.True(aanvraag.Dwangsom(new DateOnly(2026, 4, 24))!.Loopt);

        var stand = aanvraag.Dwangsom(new DateOnly(2026, 4, 25))!;
        Assert.Equal((42, Bedrag.Euro(1442), false, new DateOnly(2026, 5, 9)), (stand.Dagen, stand.Bedrag, stand.Loopt, stand.VaststellenUiterlijk));

        aanvraag.DwangsomVoorstellen("consulent", new DateOnly(2026, 4, 27));
        Assert.Equal(Bedrag.Euro(1442), aanvraag.Dwangsomvaststelling.Bedrag);
    }

    [Fact]
    public void WhileItStillRuns_OrBeforeItsFirstDay_NoVaststellingCanBeProposed()
    {
        var aanvraag = MetIngebrekestelling();

        var fout = Assert.Throws<DomeinregelException>(() => aanvraag.DwangsomVoorstellen("consulent", new DateOnly(2026, 4, 1)));
        Assert.Throws<DomeinregelException>(() => aanvraag.DwangsomVoorstellen("consulent", new DateOnly(2026, 3, 10)));

        Assert.StartsWith("De dwangsom is nog niet gestopt", fout.Message, StringComparison.Ordinal);
        Assert.Same(Dwangsomvaststelling.Geen, aanvraag.Dwangsomvaststelling);
    }

    [Fact]
    public void BesluitBeforeTheFirstDay_NothingIsDue_AndZeroIsSet()
    {
        // Decided 10-03-2026, before day 1 (15-03): no day in default, € 0, and nothing to pay.
        var aanvraag = MetIngebrekestelling();
        aanvraag.AfwijzingVoorstellen(Afwijzingsgrond.VermogenBovenGrens, "Vermogen boven de grens.", "consulent", vierOgen: false, new DateOnly(2026, 3, 10));

        aanvraag.DwangsomVoorstellen("consulent", new DateOnly(2026, 3, 11));
        aanvraag.DwangsomGoedkeuren("teamleider", new DateOnly(2026, 3, 11), DateTime.UnixEpoch);

        Assert.Equal((0, Bedrag.Nul, false), (aanvraag.Dwangsomvaststelling.Dagen, aanvraag.Dwangsomvaststelling.Bedrag, aanvraag.Dwangsomvaststelling.IsTeBetalen));
    }

    [Fact]
    public void FourEyes_TheProposerCannotApproveOrSendBack()
    {
        var aanvraag = Voorgesteld("teamleider");
        var versie = aanvraag.Versie;

        var goedkeuren = Assert.Throws<DomeinregelException>(() => aanvraag.DwangsomGoedkeuren("teamleider", new DateOnly(2026, 5, 1), DateTime.UnixEpoch));
        Assert.Throws<DomeinregelException>(() => aanvraag.DwangsomAfkeuren("teamleider", "Toch niet."));

        Assert.Equal("U kunt uw eigen voorstel niet beoordelen: een andere teamleider moet dit doen (vier ogen).", goedkeuren.Message);
        Assert.Equal((true, versie), (aanvraag.Dwangsomvaststelling.IsVoorgesteld, aanvraag.Versie));
    }

    [Fact]
    public void ApprovedOnce_CannotBeProposedOrApprovedAgain()
    {
        var aanvraag = Voorgesteld("consulent");
        aanvraag.DwangsomGoedkeuren("teamleider", new DateOnly(2026, 5, 1), DateTime.UnixEpoch);

        Assert.Throws<DomeinregelException>(() => aanvraag.DwangsomGoedkeuren("andere", new DateOnly(2026, 5, 1), DateTime.UnixEpoch));
        Assert.Throws<DomeinregelException>(() => aanvraag.DwangsomVoorstellen("consulent", new DateOnly(2026, 5, 1)));
        Assert.Throws<DomeinregelException>(() => aanvraag.GeenDwangsomVastleggen(GeenDwangsomGrond.KennelijkOngegrond, "Te laat.", "consulent"));
    }

    [Fact]
    public void SentBack_KeepsTheReason_AndCanBeProposedAgain()
    {
        var aanvraag = Voorgesteld("consulent");

        aanvraag.DwangsomAfkeuren("teamleider", "Besluitdatum klopt niet.");

        Assert.Equal((false, false, "Besluitdatum klopt niet."), (aanvraag.Dwangsomvaststelling.IsVoorgesteld, aanvraag.Dwangsomvaststelling.IsVastgesteld, aanvraag.Dwangsomvaststelling.Afkeurreden));
        aanvraag.DwangsomVoorstellen("consulent", new DateOnly(2026, 5, 2));
        Assert.Null(aanvraag.Dwangsomvaststelling.Afkeurreden);
    }

    [Theory]
    [InlineData(GeenDwangsomGrond.OnredelijkLaatInGebreke)]   // lid 6 onder a
    [InlineData(GeenDwangsomGrond.GeenBelanghebbende)]        // lid 6 onder b
    [InlineData(GeenDwangsomGrond.KennelijkNietOntvankelijk)] // lid 6 onder c
    [InlineData(GeenDwangsomGrond.KennelijkOngegrond)]        // lid 6 onder c
    public void Lid6_MakesItZero_EvenWhileTheTermRuns_AndTheVaststellingIsZero(GeenDwangsomGrond grond)
    {
        // On 01-04-2026 18 days (€ 462) would be due and it would still run; under lid 6 none is.
        var aanvraag = MetIngebrekestelling();
        var vandaag = new DateOnly(2026, 4, 1);

        aanvraag.GeenDwangsomVastleggen(grond, "  Aanvraag ging over een andere gemeente.  ", "consulent");

        var stand = aanvraag.Dwangsom(vandaag)!;
        Assert.Equal((0, Bedrag.Nul, false), (stand.Dagen, stand.Bedrag, stand.Loopt));
        Assert.Equal((grond, "Aanvraag ging over een andere gemeente."), (aanvraag.Dwangsomvaststelling.GeenDwangsomGrond, aanvraag.Dwangsomvaststelling.GeenDwangsomToelichting));
        aanvraag.DwangsomVoorstellen("consulent", vandaag);
        aanvraag.DwangsomGoedkeuren("teamleider", vandaag, DateTime.UnixEpoch);
        Assert.Equal((Bedrag.Nul, true, false), (aanvraag.Dwangsomvaststelling.Bedrag, aanvraag.Dwangsomvaststelling.IsVastgesteld, aanvraag.Dwangsomvaststelling.IsTeBetalen));
    }

    [Fact]
    public void Lid6_NeedsAnExplanation_AndAnIngebrekestelling()
    {
        var aanvraag = MetIngebrekestelling();
        Assert.Throws<DomeinregelException>(() => aanvraag.GeenDwangsomVastleggen(GeenDwangsomGrond.KennelijkOngegrond, " ", "consulent"));

        var zonder = Aanvraag.Melden(Leden.Utrecht.Code, 1, new DateOnly(1985, 5, 5), Ontvangst, Ontvangst);
        zonder.Indienen(Ontvangst, new DateOnly(1985, 5, 5), null, null, null, Ontvangst);
        Assert.Equal("Er is geen ingebrekestelling geregistreerd: er is geen dwangsom (Awb 4:17).",
            Assert.Throws<DomeinregelException>(() => zonder.GeenDwangsomVastleggen(GeenDwangsomGrond.KennelijkOngegrond, "Zie dossier.", "consulent")).Message);
    }

    [Fact]
    public void Lid6_SentBackWithTheProposal_TheDwangsomCountsAgain()
    {
        var aanvraag = MetIngebrekestelling();
        aanvraag.GeenDwangsomVastleggen(GeenDwangsomGrond.OnredelijkLaatInGebreke, "Twee jaar na de termijn.", "consulent");
        aanvraag.DwangsomVoorstellen("consulent", new DateOnly(2026, 4, 1));

        aanvraag.DwangsomAfkeuren("teamleider", "Niet onredelijk laat: twee weken.");

        Assert.Null(aanvraag.Dwangsomvaststelling.GeenDwangsomGrond);
        Assert.Equal((18, Bedrag.Euro(462), true), (aanvraag.Dwangsom(new DateOnly(2026, 4, 1))!.Dagen, aanvraag.Dwangsom(new DateOnly(2026, 4, 1))!.Bedrag, aanvraag.Dwangsom(new DateOnly(2026, 4, 1))!.Loopt));
    }

    internal static Aanvraag MetIngebrekestelling()
    {
        var aanvraag = Aanvraag.Melden(Leden.Utrecht.Code, 1, new DateOnly(1985, 5, 5), Ontvangst, Ontvangst);
        aanvraag.Indienen(Ontvangst, new DateOnly(1985, 5, 5), null, null, null, Ontvangst);
        aanvraag.InBehandelingNemen("consulent");
        Assert.Equal(new DateOnly(2026, 2, 27), aanvraag.UitersteBeslisdatum);
        aanvraag.IngebrekestellingRegistreren(Ingebrekestelling, Ingebrekestelling);
        return aanvraag;
    }

    private static Aanvraag Voorgesteld(string door)
    {
        var aanvraag = MetIngebrekestelling();
        aanvraag.DwangsomVoorstellen(door, new DateOnly(2026, 4, 30));
        return aanvraag;
    }
}
