using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Tests.Gemeenten;

/// <summary>Four-eyes on settings: a second Beheerder approves, never the proposer, and never after the proposed date.</summary>
public sealed class InstellingenVoorstelTests
{
    private static readonly DateTime Nu = new(2026, 11, 26, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Vandaag = new(2026, 11, 26);

    [Fact]
    public void Goedkeuren_ByAnotherBeheerder_ApprovesIt()
    {
        var voorstel = Voorstel(Vandaag.AddDays(5));

        voorstel.Goedkeuren("tweede", "Tweede Beheerder", Nu, Vandaag);

        Assert.Equal((VoorstelStatus.Goedgekeurd, "Tweede Beheerder", (DateTime?)Nu), (voorstel.Status, voorstel.BeoordeeldDoor, voorstel.BeoordeeldOp));
    }

    [Fact]
    public void Goedkeuren_OnTheProposedDateItself_IsAllowed()
    {
        var voorstel = Voorstel(Vandaag);

        voorstel.Goedkeuren("tweede", "Tweede", Nu, Vandaag);

        Assert.Equal((VoorstelStatus.Goedgekeurd, "Tweede", (DateTime?)Nu), (voorstel.Status, voorstel.BeoordeeldDoor, voorstel.BeoordeeldOp));
    }

    [Fact]
    public void Goedkeuren_ByTheProposer_IsRefused()
    {
        var voorstel = Voorstel(Vandaag.AddDays(5));

        var fout = Assert.Throws<DomeinregelException>(() => voorstel.Goedkeuren("eerste", "Eerste", Nu, Vandaag));

        Assert.Equal("U kunt uw eigen voorstel niet goedkeuren: dat doet een andere beheerder.", fout.Message);
        Assert.Equal(VoorstelStatus.Open, voorstel.Status);
    }

    [Fact]
    public void Goedkeuren_AfterTheProposedDate_IsRefused_NoBackDating()
    {
        var voorstel = Voorstel(Vandaag.AddDays(-1));

        var fout = Assert.Throws<DomeinregelException>(() => voorstel.Goedkeuren("tweede", "Tweede", Nu, Vandaag));

        Assert.StartsWith("Dit voorstel zou gelden vanaf 25-11-2026; die datum is voorbij", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Beslissen_Twice_IsRefused()
    {
        var voorstel = Voorstel(Vandaag.AddDays(5));
        voorstel.Afwijzen("Eerste", Nu);

        Assert.Equal(VoorstelStatus.Afgewezen, voorstel.Status);
        Assert.Throws<DomeinregelException>(() => voorstel.Goedkeuren("tweede", "Tweede", Nu, Vandaag));
        Assert.Throws<DomeinregelException>(() => voorstel.Afwijzen("Tweede", Nu));
    }

    private static InstellingenVoorstel Voorstel(DateOnly geldigVanaf) =>
        InstellingenVoorstel.Indienen(Leden.Utrecht.Code, geldigVanaf, "Raadsbesluit", "{}", "eerste", "Eerste Beheerder", Nu);
}
