using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Rekenkern;
using static Socrates.Domain.Tests.Rekenkern.Huishoudens;

namespace Socrates.Domain.Tests.Rekenkern;

/// <summary>
/// The national figures as one value passed into the rekenkern: the start set is today's tables, the next indexation is
/// derived from the newest norms (art. 38: 1 January and 1 July), and a month from then on is provisional.
/// </summary>
public sealed class LandelijkeNormenTests
{
    private static readonly Normbedragen Normen2026 = Landelijk.NormenOp(new DateOnly(2026, 1, 1));

    [Fact]
    public void Startset_NextIndexationIsTheFirstOfJuly2026()
    {
        Assert.Equal(new DateOnly(2026, 7, 1), Landelijk.VolgendeIndexatie);
        Assert.Equal(new DateOnly(2025, 1, 1), Landelijk.Normen.EersteIngangsdatum);
        Assert.Equal(3, Landelijk.Normen.Rijen.Count);
    }

    [Theory]
    [InlineData("2026-06-01", false)]
    [InlineData("2026-06-30", false)]
    [InlineData("2026-07-01", true)]
    [InlineData("2027-01-01", true)]
    public void IsVoorlopig_FromTheNextIndexationOn(string maand, bool voorlopig) =>
        Assert.Equal(voorlopig, Landelijk.IsVoorlopig(DateOnly.Parse(maand, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-01-01", "2026-07-01")]
    [InlineData("2026-06-30", "2026-07-01")]
    [InlineData("2026-07-01", "2027-01-01")]
    [InlineData("2026-12-31", "2027-01-01")]
    public void IndexatieNa_IsTheFirstJanuaryOrJulyStrictlyAfter(string datum, string indexatie) =>
        Assert.Equal(
            DateOnly.Parse(indexatie, System.Globalization.CultureInfo.InvariantCulture),
            LandelijkeNormen.IndexatieNa(DateOnly.Parse(datum, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Maak_ANewJulySet_MovesTheIndexation_AndTheRekenkernUsesIt()
    {
        var juli = Normen2026 with { Alleenstaande = Normen2026.Alleenstaande + E("10,00"), Bron = "Testset (kunstmatig)" };
        var landelijk = Met(juli);
        var augustus = new DateOnly(2026, 8, 1);

        Assert.Equal(new DateOnly(2027, 1, 1), landelijk.VolgendeIndexatie);
        Assert.False(landelijk.IsVoorlopig(augustus));
        var b = Domain.Rekenkern.Rekenkern.Bereken(Alleenstaande(35, augustus), augustus, Regels, landelijk);
        Assert.Equal(E("1.411,50"), b.Norm);
        Assert.False(b.Voorlopig);
        Assert.DoesNotContain(b.Opmerkingen, o => o.StartsWith(Voorlopigheid.Kenmerk, StringComparison.Ordinal));
    }

    [Fact]
    public void Bereken_AfterTheIndexation_IsMarkedProvisional_WithTheDate()
    {
        var augustus = new DateOnly(2026, 8, 1);

        var b = Bereken(Alleenstaande(35, augustus), augustus);

        Assert.Equal(new DateOnly(2026, 7, 1), b.VoorlopigVanaf);
        Assert.Contains(Voorlopigheid.Toelichting(new DateOnly(2026, 7, 1)), b.Opmerkingen);
        Assert.Null(Bereken(Alleenstaande(35, new DateOnly(2026, 6, 1)), new DateOnly(2026, 6, 1)).VoorlopigVanaf);
    }

    [Fact]
    public void Peildatum_BeforeTheFirstRow_IsRefusedInDutch() =>
        Assert.Equal(
            "Socrates kent geen landelijke normbedragen vóór 01-01-2025; kies een peildatum vanaf die datum (gevraagd: 01-12-2024).",
            Assert.Throws<DomeinregelException>(() => Landelijk.NormenOp(new DateOnly(2024, 12, 1))).Message);

    [Fact]
    public void Brutering_WithoutRows_RefusesEveryYear()
    {
        var zonder = LandelijkeNormen.Maak(
            Landelijk.Normen.Rijen, Landelijk.Vrijlatingen.Rijen, Landelijk.Vermogensgrenzen.Rijen, [], Landelijk.AowLeeftijden.Tabel);

        Assert.Null(zonder.Brutering);
        Assert.StartsWith("Socrates kent de loonheffingspercentages van 2026", Assert.Throws<DomeinregelException>(() => zonder.BruteringVan(2026)).Message);
        Assert.Equal(Landelijk.BruteringVan(2026), Landelijk.Brutering!.Op(new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void Maak_RefusesBruteringNotFromTheFirstOfJanuary() =>
        Assert.Throws<ArgumentException>(() => LandelijkeNormen.Maak(
            Landelijk.Normen.Rijen, Landelijk.Vrijlatingen.Rijen, Landelijk.Vermogensgrenzen.Rijen,
            [(new DateOnly(2026, 7, 1), Landelijk.BruteringVan(2026))], Landelijk.AowLeeftijden.Tabel));

    [Fact]
    public void AowLeeftijden_AnAddedYear_IsKnown_AndGapsOrFallingAgesAreRefused()
    {
        var met2028 = new AowLeeftijden([.. Landelijk.AowLeeftijden.Tabel, (2028, 67, 3)]);

        Assert.Equal(new DateOnly(2028, 9, 10), met2028.DatumBereikt(new DateOnly(1961, 6, 10)));     // 67 on 10-06-2028, + 3 months
        Assert.Throws<DomeinregelException>(() => Landelijk.AowLeeftijden.DatumBereikt(new DateOnly(1961, 6, 10)));
        Assert.Throws<ArgumentException>(() => new AowLeeftijden([(2024, 67, 0), (2026, 67, 0)]));
        Assert.Throws<ArgumentException>(() => new AowLeeftijden([(2024, 67, 3), (2025, 67, 0)]));
        Assert.Throws<ArgumentException>(() => new AowLeeftijden([]));
    }

    private static LandelijkeNormen Met(Normbedragen juli2026) =>
        LandelijkeNormen.Maak(
            [.. Landelijk.Normen.Rijen, (new DateOnly(2026, 7, 1), juli2026)], Landelijk.Vrijlatingen.Rijen, Landelijk.Vermogensgrenzen.Rijen,
            Landelijk.Brutering!.Rijen, Landelijk.AowLeeftijden.Tabel);
}
