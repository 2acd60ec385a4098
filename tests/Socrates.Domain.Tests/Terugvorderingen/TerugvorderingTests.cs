using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Rekenkern;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Domain.Tests.Terugvorderingen;

/// <summary>The claim's life: proposal, four-eyes, minimum, boete, collection, afzien, oninbaar (art. 58, 18a, 60 Participatiewet).</summary>
public sealed class TerugvorderingTests
{
    private static readonly Briefhoofd Hoofd = Leden.Amsterdam.Briefhoofd;

    [Fact]
    public void Voorstel_WaitsForATeamleader_ThenIsDecided_WithOpgelegdOnTheLedger()
    {
        var vordering = Vorderingen.Voorgesteld(Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (2026, 3, 250), (2026, 2, 300));

        Assert.Equal((TerugvorderingStatus.Voorgesteld, true, Bedrag.Euro(550)), (vordering.Status, vordering.VierOgen, vordering.Totaal));
        Assert.Equal([new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1)], vordering.Maanden.Select(m => m.Maand));
        Assert.Throws<DomeinregelException>(() => vordering.Vaststellen(Hoofd, Vorderingen.Aan, null, Vorderingen.Vandaag, Vorderingen.Nu));

        vordering.Goedkeuren("teamleider", Hoofd, Vorderingen.Aan, null, Vorderingen.Vandaag, Vorderingen.Nu);

        Assert.Equal((TerugvorderingStatus.Vastgesteld, Bedrag.Euro(550), "teamleider"), (vordering.Status, vordering.Saldo, vordering.BeoordeeldDoor));
        var opgelegd = Assert.Single(vordering.Mutaties);
        Assert.Equal((MutatieSoort.Opgelegd, Bedrag.Euro(550), 1), (opgelegd.Soort, opgelegd.Bedrag, opgelegd.Volgnummer));
        Assert.Equal(new DateOnly(2032, 1, 7), vordering.Verjaringsdatum);      // 26-11-2026 + 6 weeks + 5 years
    }

    [Fact]
    public void Proposer_CannotApproveOrRejectHisOwnProposal()
    {
        var vordering = Vorderingen.Voorgesteld(Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (2026, 3, 250));

        Assert.Throws<DomeinregelException>(() => vordering.Goedkeuren("consulent", Hoofd, Vorderingen.Aan, null, Vorderingen.Vandaag, Vorderingen.Nu));
        Assert.Throws<DomeinregelException>(() => vordering.Afkeuren("consulent", "Niet eens."));
        Assert.Equal(TerugvorderingStatus.Voorgesteld, vordering.Status);
    }

    [Fact]
    public void Rejected_Lapses_WithItsReason_AndNothingOnTheLedger()
    {
        var vordering = Vorderingen.Voorgesteld(Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (2026, 3, 250));

        vordering.Afkeuren("teamleider", "Maand maart was correct betaald.");

        Assert.Equal((TerugvorderingStatus.Vervallen, "Maand maart was correct betaald."), (vordering.Status, vordering.Afkeurreden));
        Assert.Empty(vordering.Mutaties);
    }

    [Fact]
    public void WithoutFourEyes_IsDecidedAtOnce()
    {
        var vordering = Terugvordering.Voorstellen(Leden.Amsterdam.Code, 1, 1, Vorderingen.Ingang, null, Terugvorderingsgrond.Lid2aAnderszinsTeHoog,
            [(new DateOnly(2026, 3, 1), Bedrag.Euro(900))], "Motivering.", null, Vorderingen.Geboren, Vorderingen.Regels with { VierOgenTerugvordering = false },
            LandelijkeBedragen.Startset, "consulent", Vorderingen.Vandaag);

        vordering.Vaststellen(Hoofd, Vorderingen.Aan, null, Vorderingen.Vandaag, Vorderingen.Nu);

        Assert.Equal((false, TerugvorderingStatus.Vastgesteld, (string?)null), (vordering.VierOgen, vordering.Status, vordering.BeoordeeldDoor));
    }

    [Fact]
    public void NonFraud_BelowTheMinimum_IsProposedAsNietInvorderen_AlwaysWithApproval_AndWrittenOff()
    {
        // € 150 < minimum € 200 (default), lid 2 a: niet invorderen, even when four-eyes is off for terugvorderingen
        var vordering = Terugvordering.Voorstellen(Leden.Amsterdam.Code, 1, 1, Vorderingen.Ingang, null, Terugvorderingsgrond.Lid2aAnderszinsTeHoog,
            [(new DateOnly(2026, 3, 1), Bedrag.Euro(150))], "Motivering.", null, Vorderingen.Geboren, Vorderingen.Regels with { VierOgenTerugvordering = false },
            LandelijkeBedragen.Startset, "consulent", Vorderingen.Vandaag);

        Assert.True(vordering.NietInvorderen && vordering.VierOgen);
        vordering.Goedkeuren("teamleider", Hoofd, Vorderingen.Aan, null, Vorderingen.Vandaag, Vorderingen.Nu);

        Assert.Equal((TerugvorderingStatus.Kwijtgescholden, Bedrag.Nul), (vordering.Status, vordering.Saldo));
        Assert.Equal([MutatieSoort.Opgelegd, MutatieSoort.Kwijtschelding], vordering.Mutaties.Select(m => m.Soort));
    }

    [Fact]
    public void Fraud_BelowTheMinimum_IsRecovered() =>
        Assert.False(Vorderingen.Voorgesteld(Terugvorderingsgrond.Lid1Inlichtingenplicht, (2026, 3, 150)).NietInvorderen);

    [Theory]
    [InlineData(2025, 5, 100)]      // before the toekenning's ingangsdatum (1-6-2025)
    [InlineData(2026, 12, 100)]     // after the current month
    [InlineData(2026, 3, 0)]        // nothing
    [InlineData(2026, 3, -10)]      // negative
    [InlineData(2026, 3, 100_000)]  // absurd
    public void BadMonthsOrAmounts_AreRefusedInDutch(int jaar, int maand, decimal euro)
    {
        var fout = Assert.Throws<DomeinregelException>(() => Vorderingen.Voorgesteld(Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (jaar, maand, euro)));
        Assert.Matches("(buiten de toekenning|moet boven)", fout.Message);
    }

    [Fact]
    public void SameMonthTwice_IsRefused() =>
        Assert.Throws<DomeinregelException>(() => Vorderingen.Voorgesteld(Terugvorderingsgrond.Lid2aAnderszinsTeHoog, (2026, 3, 100), (2026, 3, 50)));

    [Fact]
    public void Boete_IsASeparateClaim_OnTheBenadeling_ForLid1Only()
    {
        var vordering = Vorderingen.Vastgesteld(1_000m, Terugvorderingsgrond.Lid1Inlichtingenplicht);

        var boete = Terugvordering.BoeteVoorstellen(vordering, Verwijtbaarheid.GroveSchuld, false, "Twee keer gewaarschuwd.", Vorderingen.Regels, "consulent", Vorderingen.Vandaag);

        Assert.Equal((Terugvorderingsgrond.Boete, Bedrag.Euro(750), (int?)vordering.Id), (boete.Grond, boete.Totaal, boete.BoeteVoorId));
        Assert.Throws<DomeinregelException>(() => Terugvordering.BoeteVoorstellen(
            Vorderingen.Vastgesteld(), Verwijtbaarheid.Opzet, false, "M.", Vorderingen.Regels, "consulent", Vorderingen.Vandaag));
    }

    [Fact]
    public void FraudClaim_MustBeSetOff_AndNeverAboveTheRuimte()
    {
        var vordering = Vorderingen.Vastgesteld(1_000m, Terugvorderingsgrond.Lid1Inlichtingenplicht);

        Assert.True(vordering.Verrekenen);
        Assert.Throws<DomeinregelException>(() => vordering.VerrekeningInstellen(Bedrag.Nul, Bedrag.Euro(70.07m)));
        Assert.Throws<DomeinregelException>(() => vordering.VerrekeningInstellen(Bedrag.Euro(70.08m), Bedrag.Euro(70.07m)));
        vordering.VerrekeningInstellen(Bedrag.Euro(70.07m), Bedrag.Euro(70.07m));
        Assert.Equal(TerugvorderingStatus.InInvordering, vordering.Status);
    }

    [Fact]
    public void Verrekening_OncePerMonth()
    {
        var vordering = Vorderingen.Vastgesteld();
        vordering.VerrekeningBoeken(new DateOnly(2026, 12, 1), Bedrag.Euro(50), "betaalrun", Vorderingen.Vandaag, Vorderingen.Nu);

        Assert.Throws<DomeinregelException>(() =>
            vordering.VerrekeningBoeken(new DateOnly(2026, 12, 1), Bedrag.Euro(50), "betaalrun", Vorderingen.Vandaag, Vorderingen.Nu));
        Assert.Equal(Bedrag.Euro(950), vordering.Saldo);
    }

    [Fact]
    public void Aflossingsregeling_OtherThanTheProposal_NeedsAReason()
    {
        var vordering = Vorderingen.Vastgesteld();

        Assert.Throws<DomeinregelException>(() => vordering.AflossingsregelingTreffen(Bedrag.Euro(50), Bedrag.Euro(70.08m), "  ", Vorderingen.Vandaag));
        vordering.AflossingsregelingTreffen(Bedrag.Euro(50), Bedrag.Euro(70.08m), "Hoge vaste lasten.", Vorderingen.Vandaag);

        Assert.Equal((TerugvorderingStatus.InInvordering, (Bedrag?)Bedrag.Euro(50), "Hoge vaste lasten."), (vordering.Status, vordering.AflossingPerMaand, vordering.AflossingReden));
    }

    [Fact]
    public void PaidInFull_IsAfgelost_AndACorrectionReopensIt()
    {
        var vordering = Vorderingen.Vastgesteld(300m);
        vordering.AflossingBoeken(Vorderingen.Vandaag, Bedrag.Euro(300), "NL-REF-1", "consulent", Vorderingen.Nu);
        Assert.Equal(TerugvorderingStatus.Afgelost, vordering.Status);

        vordering.CorrectieBoeken(Vorderingen.Vandaag, Bedrag.Euro(40), "Betaling was deels van een ander.", "1", "consulent", Vorderingen.Nu);

        Assert.Equal((TerugvorderingStatus.InInvordering, Bedrag.Euro(40)), (vordering.Status, vordering.Saldo));
    }

    [Fact]
    public void ATegoed_AfterACorrectionBelowZero_IsPaidBackOnce_ToZero()
    {
        // € 300,00 imposed, € 250,00 paid; lowered on bezwaar to € 120,00 (correction − € 180,00): saldo − € 130,00.
        var vordering = Vorderingen.Vastgesteld(300m);
        vordering.AflossingBoeken(Vorderingen.Vandaag, Bedrag.Euro(250), "NL-REF-1", "consulent", Vorderingen.Nu);
        vordering.CorrectieBoeken(Vorderingen.Vandaag, Bedrag.Euro(-180), "Herroepen op bezwaar.", "BZ-1", "teamleider", Vorderingen.Nu);
        Assert.Equal((Bedrag.Euro(-130), Bedrag.Euro(130), TerugvorderingStatus.InInvordering), (vordering.Saldo, vordering.Tegoed, vordering.Status));

        var teVeel = Assert.Throws<DomeinregelException>(() => vordering.TerugbetalingBoeken(Vorderingen.Vandaag, Bedrag.Euro(130.01m), "TRB", "tl", Vorderingen.Nu));
        Assert.Contains(Bedrag.Euro(130).ToString(), teVeel.Message, StringComparison.Ordinal);

        vordering.TerugbetalingBoeken(Vorderingen.Vandaag, Bedrag.Euro(130), "TRB202612T1", "tl", Vorderingen.Nu);

        Assert.Equal((Bedrag.Nul, Bedrag.Nul, TerugvorderingStatus.Afgelost), (vordering.Saldo, vordering.Tegoed, vordering.Status));
        Assert.Equal((MutatieSoort.Terugbetaling, Bedrag.Euro(130)), (vordering.Mutaties[^1].Soort, vordering.Mutaties[^1].Bedrag));
        Assert.Throws<DomeinregelException>(() => vordering.TerugbetalingBoeken(Vorderingen.Vandaag, Bedrag.Euro(0.01m), "TRB", "tl", Vorderingen.Nu));
    }

    [Fact]
    public void NoTegoed_NothingToPayBack()
    {
        var vordering = Vorderingen.Vastgesteld(300m);

        Assert.Equal(Bedrag.Nul, vordering.Tegoed);
        Assert.Throws<DomeinregelException>(() => vordering.TerugbetalingBoeken(Vorderingen.Vandaag, Bedrag.Euro(1), "TRB", "tl", Vorderingen.Nu));
        Assert.Equal(Bedrag.Euro(300), vordering.Saldo);
    }

    [Fact]
    public void Afzien_NeedsAnotherTeamleader_AndBooksAKwijtschelding()
    {
        var vordering = Vorderingen.Vastgesteld(1_000m, Terugvorderingsgrond.Lid1Inlichtingenplicht);
        vordering.AflossingBoeken(Vorderingen.Vandaag, Bedrag.Euro(600), "REF", "consulent", Vorderingen.Nu);     // 60 % paid at once

        vordering.AfzienVoorstellen(Bedrag.Euro(400), AfzienGrond.Lid7dHelftRestantIneens, "Restant na betaling ineens.", "consulent");
        Assert.Throws<DomeinregelException>(() => vordering.AfzienBeoordelen("consulent", true, Vorderingen.Vandaag, Vorderingen.Nu));
        vordering.AfzienBeoordelen("teamleider", true, Vorderingen.Vandaag, Vorderingen.Nu);

        Assert.Equal((TerugvorderingStatus.Kwijtgescholden, Bedrag.Nul), (vordering.Status, vordering.Saldo));
        Assert.Equal(MutatieSoort.Kwijtschelding, vordering.Mutaties[^1].Soort);
    }

    [Fact]
    public void Afzien_Lid7_OnlyForLid1Claims() =>
        Assert.Throws<DomeinregelException>(() =>
            Vorderingen.Vastgesteld().AfzienVoorstellen(Bedrag.Euro(10), AfzienGrond.Lid7aTienJaarVolledigBetaald, "Reden.", "consulent"));

    [Fact]
    public void Oninbaar_KeepsTheSaldo()
    {
        var vordering = Vorderingen.Vastgesteld(300m);

        vordering.OninbaarVerklaren("Vertrokken naar onbekende bestemming.");

        Assert.Equal((TerugvorderingStatus.Oninbaar, Bedrag.Euro(300)), (vordering.Status, vordering.Saldo));
    }

    [Theory]
    [InlineData(2026, 8, true)]      // the toekenning ended on 15-08-2026: August is its last month
    [InlineData(2026, 9, false)]     // September lies after it
    public void Months_StopAtTheEndOfAnEndedToekenning(int jaar, int maand, bool toegestaan)
    {
        var voorstel = () => Terugvordering.Voorstellen(Leden.Amsterdam.Code, 1, 1, Vorderingen.Ingang, new DateOnly(2026, 8, 15),
            Terugvorderingsgrond.Lid2aAnderszinsTeHoog, [(new DateOnly(jaar, maand, 1), Bedrag.Euro(300))], "Motivering.", null, Vorderingen.Geboren,
            Vorderingen.Regels, LandelijkeBedragen.Startset, "consulent", Vorderingen.Vandaag);

        if (toegestaan)
        {
            Assert.Equal(Bedrag.Euro(300), voorstel().Totaal);
        }
        else
        {
            Assert.Contains("tot en met 08-2026", Assert.Throws<DomeinregelException>(voorstel).Message, StringComparison.Ordinal);
        }
    }
}
