using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Normen;

namespace Socrates.Domain.Tests.Normen;

/// <summary>Four-eyes on the national figures: another Normbeheerder approves or rejects, never the proposer.</summary>
public sealed class NormensetTests
{
    private static readonly DateTime Nu = new(2026, 12, 5, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Juli = new(2026, 7, 1);

    [Fact]
    public void Voorstellen_ValidSet_IsProposed()
    {
        var set = Voorstel();

        Assert.Equal((NormensetStatus.Voorgesteld, "eerste", Juli), (set.Status, set.VoorgesteldDoorId, set.Ingangsdatum));
    }

    [Fact]
    public void Voorstellen_BrokenRelation_IsRefused() =>
        Assert.Throws<DomeinregelException>(() => Normenset.Voorstellen(
            Proefsets.Kunstmatig(Juli) with { Ingangsdatum = new DateOnly(2026, 7, 15) }, null, false, "eerste", "Eerste", Nu));

    [Fact]
    public void Goedkeuren_ByAnotherNormbeheerder_ApprovesIt()
    {
        var set = Voorstel();

        set.Goedkeuren("tweede", "Tweede", Nu, []);

        Assert.Equal((NormensetStatus.Goedgekeurd, "Tweede", (DateTime?)Nu, 1), (set.Status, set.BeoordeeldDoor, set.BeoordeeldOp, set.Versie));
    }

    [Fact]
    public void Goedkeuren_ByTheProposer_IsRefused()
    {
        var set = Voorstel();

        var fout = Assert.Throws<DomeinregelException>(() => set.Goedkeuren("eerste", "Eerste", Nu, []));

        Assert.Equal("U kunt uw eigen voorstel niet goedkeuren: dat doet een andere normbeheerder (vier ogen).", fout.Message);
        Assert.Equal(NormensetStatus.Voorgesteld, set.Status);
    }

    [Fact]
    public void Afwijzen_ByTheProposer_IsRefused() =>
        Assert.Equal("U kunt uw eigen voorstel niet afwijzen: dat doet een andere normbeheerder (vier ogen).",
            Assert.Throws<DomeinregelException>(() => Voorstel().Afwijzen("eerste", "Eerste", Nu, "fout")).Message);

    [Fact]
    public void Afwijzen_WithReason_RecordsIt_AndNothingMoreCanBeDecided()
    {
        var set = Voorstel();

        set.Afwijzen("tweede", "Tweede", Nu, " Bedrag art. 21 verkeerd overgenomen ");

        Assert.Equal((NormensetStatus.Afgewezen, "Bedrag art. 21 verkeerd overgenomen"), (set.Status, set.Afwijzingsreden));
        Assert.Equal("Over deze normenset is al beslist.", Assert.Throws<DomeinregelException>(() => set.Goedkeuren("derde", "Derde", Nu, [])).Message);
    }

    [Fact]
    public void Goedkeuren_SecondApprovedSetOnTheSameIngangsdatum_IsRefused() =>
        Assert.Throws<DomeinregelException>(() => Voorstel().Goedkeuren("tweede", "Tweede", Nu, [Juli]));

    private static Normenset Voorstel() =>
        Normenset.Voorstellen(Proefsets.Kunstmatig(Juli), Proefsets.Kunstmatig(Juli.AddMonths(-6)) is var v ? Normenset.Overgenomen(v, Nu) : null,
            false, "eerste", "Eerste", Nu);
}
