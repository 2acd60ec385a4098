using Socrates.Domain.Bewaren;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Tests.Bewaren;

/// <summary>Archiefwet 1995 art. 3 and 5: a list approved by a second Beheerder, carried out once per dossier.</summary>
public sealed class VernietigingslijstTests
{
    private static readonly DateOnly Vandaag = new(2036, 6, 1);
    private static readonly DateTime Nu = new(2036, 6, 1, 10, 0, 0, DateTimeKind.Utc);

    private static Vernietigingslijst Lijst() => Vernietigingslijst.Opstellen(
        Leden.Rotterdam.Code, Bewaartermijnen.Bijstand, [(1, new DateOnly(2036, 1, 1)), (2, new DateOnly(2036, 5, 31))], "een", Vandaag);

    [Fact]
    public void TheBeheerderWhoDrewItUp_CannotApproveIt()
    {
        var lijst = Lijst();
        var fout = Assert.Throws<DomeinregelException>(() => lijst.Goedkeuren("een", Vandaag));
        Assert.Contains("vier ogen", fout.Message, StringComparison.Ordinal);
        lijst.Goedkeuren("twee", Vandaag);
        Assert.Equal(VernietigingslijstStatus.Goedgekeurd, lijst.Status);
    }

    [Fact]
    public void NothingIsCarriedOutBeforeApproval_AndEachLineOnce()
    {
        var lijst = Lijst();
        Assert.Throws<DomeinregelException>(() => lijst.Volgende(10));
        lijst.Goedkeuren("twee", Vandaag);
        var regels = lijst.Volgende(10);
        lijst.Vernietigd(regels[0], 7, Vandaag);
        Assert.Single(lijst.Volgende(10));
        lijst.Overgeslagen(regels[1], "Toekenning 3 loopt nog.");
        Assert.Equal(VernietigingslijstStatus.Uitgevoerd, lijst.Status);
        Assert.Throws<DomeinregelException>(() => lijst.Volgende(10));
    }

    [Fact]
    public void ADossierWhoseDateHasNotPassed_OrAnEmptyList_IsRefused()
    {
        Assert.Throws<DomeinregelException>(() => Vernietigingslijst.Opstellen(
            Leden.Rotterdam.Code, Bewaartermijnen.Bijstand, [(1, Vandaag.AddDays(1))], "een", Vandaag));
        Assert.Throws<DomeinregelException>(() => Vernietigingslijst.Opstellen(Leden.Rotterdam.Code, Bewaartermijnen.Bijstand, [], "een", Vandaag));
    }

    [Fact]
    public void AnExtension_NeedsAReasonAndALaterDate()
    {
        Assert.Throws<DomeinregelException>(() => Bewaartermijnverlenging.Vastleggen(Leden.Rotterdam.Code, 1, Vandaag, Vandaag.AddDays(5), " ", "een", Nu, Vandaag));
        Assert.Throws<DomeinregelException>(() => Bewaartermijnverlenging.Vastleggen(Leden.Rotterdam.Code, 1, Vandaag.AddDays(9), Vandaag.AddDays(5), "Inzage", "een", Nu, Vandaag));
        Assert.Equal(Vandaag.AddDays(10), Bewaartermijnverlenging.Vastleggen(Leden.Rotterdam.Code, 1, Vandaag.AddDays(9), Vandaag.AddDays(10), "Inzage", "een", Nu, Vandaag).Tot);
    }
}
