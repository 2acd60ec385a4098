using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Socrates.Domain.Normen;
using Socrates.Domain.Rekenkern;

namespace Socrates.IntegrationTests.Normen;

/// <summary>
/// The migration Normensets seeded the three sets Socrates had in code, approved by the system: field by field equal to
/// the static tables, so no calculation changes when the lead reads the figures from the database.
/// </summary>
public sealed class NormensetSeedTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<int, int> Ingangsdata => new() { { 2025, 1 }, { 2025, 7 }, { 2026, 1 } };

    [Fact]
    public async Task Migration_SeededExactlyThreeApprovedSets()
    {
        var data = await app.InDatabaseAsync(db => db.Normensets.Where(n => n.VoorgesteldDoorId == Normenset.Systeem)
            .OrderBy(n => n.Ingangsdatum).Select(n => new { n.Ingangsdatum, n.Status }).ToListAsync(Ct));

        Assert.Equal(
            [new DateOnly(2025, 1, 1), new DateOnly(2025, 7, 1), new DateOnly(2026, 1, 1)],
            data.Select(d => d.Ingangsdatum));
        Assert.All(data, d => Assert.Equal(NormensetStatus.Goedgekeurd, d.Status));
    }

    [Theory]
    [MemberData(nameof(Ingangsdata))]
    public async Task SeededSet_EqualsTheStaticTables_FieldByField(int jaar, int maand)
    {
        var datum = new DateOnly(jaar, maand, 1);
        var set = await app.InDatabaseAsync(db => db.Normensets.SingleAsync(n => n.VoorgesteldDoorId == Normenset.Systeem && n.Ingangsdatum == datum, Ct));

        Assert.Equal(LandelijkeBedragen.Startset.NormenOp(datum), set.Normbedragen);
        Assert.Equal(LandelijkeBedragen.Startset.VrijlatingenOp(datum), set.Vrijlatingen);
        Assert.Equal(LandelijkeBedragen.Startset.VermogensgrenzenOp(datum), set.Vermogensgrenzen);
        Assert.Equal(LandelijkeBedragen.Startset.Brutering!.Rijen.Where(r => r.Ingangsdatum == datum).Select(r => r.Waarde).SingleOrDefault(), set.Brutering);
        Assert.Equal(LandelijkeBedragen.Startset.AowLeeftijden.Tabel.Select(r => new AowLeeftijdRij(r.Jaar, r.Jaren, r.Maanden)), set.AowLeeftijden);
        Assert.Equal(set.Normbedragen.Bron, set.Bron.Document);
        Assert.Empty(Normensetcontrole.Controleer(set.Inhoud, null, afwijkingenBevestigd: false));
    }

    [Fact]
    public void SqlServer_MigrationScript_InsertsTheSets()
    {
        using var db = Database.TestDatabases.Context("SqlServer", Database.TestDatabases.OntwerpSqlServer);

        var script = db.GetService<IMigrator>().GenerateScript();

        Assert.Contains("INSERT INTO [Normensets]", script, StringComparison.Ordinal);
        Assert.Contains("INSERT INTO NormensetAowLeeftijden (NormensetId, Jaar, Jaren, Maanden) SELECT Id, 2027, 67, 0 FROM Normensets", script, StringComparison.Ordinal);
    }
}
