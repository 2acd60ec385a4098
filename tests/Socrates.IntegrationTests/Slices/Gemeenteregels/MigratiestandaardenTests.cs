using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Socrates.Application.Gemeenteregels;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;

namespace Socrates.IntegrationTests.Slices.Gemeenteregels;

/// <summary>
/// A rule added later gets its column through <c>AddColumn</c>, and that column's <c>defaultValue</c> fills every version
/// saved before it. EF writes 0/false/'' there unless someone sets the real default by hand (docs/gemeenten.md), so:
/// in both migration sets, every member's table has a column per described rule, every column default equals the
/// record's default as stored, and the seeded version 1 holds the record's defaults.
/// </summary>
public sealed class MigratiestandaardenTests
{
    public static TheoryData<string> Migratiesets => new("Socrates.Migrations.Sqlite", "Socrates.Migrations.SqlServer");

    [Theory]
    [MemberData(nameof(Migratiesets))]
    public void EveryRuleColumn_HasTheRecordsDefault_InEveryMembersTable(string migratieset)
    {
        var operaties = Operaties(migratieset);
        var fouten = new List<string>();
        foreach (var lid in Leden.Alle)
        {
            var kolommen = Kolommen(operaties, lid.InstellingenTabel);
            var versie1 = Versie1(operaties, lid.InstellingenTabel);
            foreach (var regel in Regelcatalogus.Alle)
            {
                var verwacht = Opslag(regel.Standaard);
                if (!kolommen.TryGetValue(regel.Naam, out var standaard))
                {
                    fouten.Add($"{lid.InstellingenTabel}.{regel.Naam}: geen kolom");
                }
                else if (standaard is not null && Tekst(standaard) != verwacht)
                {
                    fouten.Add($"{lid.InstellingenTabel}.{regel.Naam}: defaultValue {Tekst(standaard)}, het record zegt {verwacht}");
                }

                if (regel.Soort != Regelsoort.Tekst && versie1.TryGetValue(regel.Naam, out var gezaaid) && Tekst(gezaaid) != verwacht)
                {
                    fouten.Add($"{lid.InstellingenTabel}.{regel.Naam}: versie 1 heeft {Tekst(gezaaid)}, het record zegt {verwacht}");
                }
            }
        }

        Assert.True(fouten.Count == 0, string.Join(Environment.NewLine, fouten));
    }

    private static List<MigrationOperation> Operaties(string migratieset) =>
    [
        .. Assembly.Load(new AssemblyName(migratieset)).GetTypes()
            .Where(t => t.IsSubclassOf(typeof(Migration)) && t.GetCustomAttribute<MigrationAttribute>() is not null)
            .OrderBy(t => t.GetCustomAttribute<MigrationAttribute>()!.Id, StringComparer.Ordinal)
            .SelectMany(t => ((Migration)Activator.CreateInstance(t)!).UpOperations),
    ];

    /// <summary>Every column of the table after all migrations, with its default (null: none).</summary>
    private static Dictionary<string, object?> Kolommen(List<MigrationOperation> operaties, string tabel)
    {
        var kolommen = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var operatie in operaties)
        {
            switch (operatie)
            {
                case CreateTableOperation maak when maak.Name == tabel:
                    maak.Columns.ForEach(k => kolommen[k.Name] = k.DefaultValue);
                    break;
                case AddColumnOperation voeg when voeg.Table == tabel:
                    kolommen[voeg.Name] = voeg.DefaultValue;
                    break;
                case AlterColumnOperation wijzig when wijzig.Table == tabel:
                    kolommen[wijzig.Name] = wijzig.DefaultValue;
                    break;
                case DropColumnOperation weg when weg.Table == tabel:
                    kolommen.Remove(weg.Name);
                    break;
            }
        }

        return kolommen;
    }

    /// <summary>The seeded version 1 after all migrations: its inserted values with every later update applied.</summary>
    private static Dictionary<string, object?> Versie1(List<MigrationOperation> operaties, string tabel)
    {
        var rij = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var operatie in operaties)
        {
            var (kolommen, waarden) = operatie switch
            {
                InsertDataOperation voeg when voeg.Table == tabel => (voeg.Columns, voeg.Values),
                UpdateDataOperation wijzig when wijzig.Table == tabel => (wijzig.Columns, wijzig.Values),
                _ => ([], new object?[0, 0]),
            };
            for (var i = 0; i < kolommen.Length && waarden.GetLength(0) > 0; i++)
            {
                rij[kolommen[i]] = waarden[0, i];
            }
        }

        return rij;
    }

    private static string Opslag(object waarde) => waarde switch
    {
        Bedrag bedrag => Tekst(bedrag.Centen),
        Percentage percentage => Tekst(percentage.Basispunten),
        Enum keuze => keuze.ToString(),
        _ => Tekst(waarde),
    };

    private static string Tekst(object? waarde) => Convert.ToString(waarde, CultureInfo.InvariantCulture) ?? "";
}
