using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Personen.Zoeken;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;
using Socrates.Infrastructure.Persistence;
using Socrates.Testing;

namespace Socrates.IntegrationTests.Slices.Personen;

/// <summary>The name search through <see cref="Persoon.Zoeknaam"/>: the SQL an index can serve, and the migration's fill.</summary>
public sealed class ZoeknaamTests(AppFixture app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [DbFact]
    public async Task NameSearch_IsALikeOnTheStoredKey_WithNoFunctionOnTheColumn()
    {
        await using var als = app.AlsGebruiker(Rol.Consulent, Leden.Rotterdam);

        var sql = NaamOfBsn.Lees("de Jöng")!.PersoonIds(als.Db.Personen).ToQueryString();

        Assert.Contains("Zoeknaam", sql, StringComparison.Ordinal);
        Assert.Contains(" LIKE ", sql, StringComparison.Ordinal);
        Assert.Contains("jong%", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("lower(", sql, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("upper(", sql, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Achternaam", sql, StringComparison.Ordinal);
    }

    [DbFact]
    public async Task NameSearch_OnSqlite_IsServedByTheIndexOnGemeenteAndZoeknaam()
    {
        await using var als = app.AlsGebruiker(Rol.Consulent, Leden.Rotterdam);
        Assert.SkipUnless(als.Db.Database.IsSqlite(), "SQLite's query plan; SQL Server's LIKE 'x%' seeks on any index.");
        await using var opdracht = NaamOfBsn.Lees("de Jong")!.Filter(als.Db.Personen).Select(p => p.Id).CreateDbCommand();
        opdracht.CommandText = "EXPLAIN QUERY PLAN " + opdracht.CommandText;
        await als.Db.Database.OpenConnectionAsync(Ct);

        var plan = new List<string>();
        await using (var lezer = await opdracht.ExecuteReaderAsync(Ct))
        {
            while (await lezer.ReadAsync(Ct))
            {
                plan.Add(lezer.GetString(lezer.GetOrdinal("detail")));
            }
        }

        Assert.Contains(plan, r => r.Contains("USING COVERING INDEX IX_Personen_Gemeente_Zoeknaam", StringComparison.Ordinal)
                                   || r.Contains("USING INDEX IX_Personen_Gemeente_Zoeknaam", StringComparison.Ordinal));
        Assert.Contains(plan, r => r.Contains("Zoeknaam>?", StringComparison.Ordinal));          // a range seek, not a scan
    }

    [DbTheory]
    [InlineData("de Jong")]
    [InlineData("Jong")]
    [InlineData("Jong, de")]
    [InlineData("DE JONG")]
    [InlineData("Jöng")]
    public async Task PersonenZoeken_EveryWayToWriteTheName_FindsThePerson(string gezocht)
    {
        var achternaam = Uniek("Jong");
        var id = await NieuwePersoonAsync("de", achternaam);
        var invoer = gezocht.Replace("Jong", achternaam, StringComparison.Ordinal).Replace("JONG", achternaam.ToUpperInvariant(), StringComparison.Ordinal)
            .Replace("Jöng", "Jöng" + achternaam[4..], StringComparison.Ordinal);
        await using var als = app.AlsGebruiker(Rol.Consulent, Leden.Rotterdam);

        var gevonden = await als.Send(new PersonenZoeken { Achternaam = invoer });

        Assert.Equal([id], gevonden.Items.Select(p => p.Id));
    }

    [DbFact]
    public async Task TheMigrationsFill_GivesEveryExistingPersonTheKeyTheDomainGives()
    {
        string[] namen = ["de Jong", "Jong, de", "VAN DER BERG", "Çelik", "'t Hart", "’t Hart", "in 't Veld", "Brontë", "Øverby",
            "Yılmaz", "ŞAHİN", "d'Ancona", "Jansen-de Vries", "Müller  Lüdenscheidt", "Ter Horst", "van de la Croix", "De"];
        var ids = new List<int>();
        foreach (var naam in namen)
        {
            ids.Add(await NieuwePersoonAsync(null, naam));
        }

        var lijst = string.Join(", ", ids.Select(i => i.ToString(CultureInfo.InvariantCulture)));
        var verwacht = await SleutelsAsync(ids);
        var sqlServer = await app.InDatabaseAsync(db => Task.FromResult(db.Database.IsSqlServer()));
        foreach (var opdracht in Zoeknaamvulling.Opdrachten(sqlServer, $"Id IN ({lijst})"))
        {
            await app.InDatabaseAsync(db => db.Database.ExecuteSqlRawAsync(opdracht, Ct));
        }

        var gevuld = await SleutelsAsync(ids);
        Assert.Equal(namen.Select(Zoeknamen.Van), verwacht);
        Assert.Equal(verwacht, gevuld);
    }

    private Task<List<string>> SleutelsAsync(List<int> ids) =>
        app.InDatabaseAsync(async db =>
        {
            var sleutels = await db.Personen.IgnoreQueryFilters().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Zoeknaam, Ct);
            return ids.Select(i => sleutels[i]).ToList();
        });

    private async Task<int> NieuwePersoonAsync(string? voorvoegsel, string achternaam)
    {
        await using var als = app.AlsGebruiker(Rol.Consulent, Leden.Rotterdam);
        var persoon = await als.Send(TestData.Persoon(achternaam: achternaam) with { Voorvoegsel = voorvoegsel });
        return persoon.Id;
    }

    /// <summary>A name no other test uses: the stem and six letters.</summary>
    internal static string Uniek(string stam) =>
        stam + new string([.. Enumerable.Range(0, 6).Select(_ => (char)('a' + Random.Shared.Next(26)))]);
}
