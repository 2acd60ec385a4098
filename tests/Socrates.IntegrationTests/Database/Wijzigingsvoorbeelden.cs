using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.ChangeTracking.Internal;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Update;
using Socrates.Domain.Gemeenten;

// EF1001: the change tracker's own entry (IStateManager.GetOrCreateEntry) is EF's "pubternal" API. It is the one way to track
// an instance of every entity type alike (shared-type tables, owned types as entries of their own) without its aggregate.
#pragma warning disable EF1001

namespace Socrates.IntegrationTests.Database;

/// <summary>
/// For every table of the model, rows in one state as EF's change tracker holds them before SaveChanges: instances made
/// without a constructor (<see cref="RuntimeHelpers.GetUninitializedObject"/>), their complex properties filled the same way,
/// key values set (a store-generated key left to EF when added), concurrency tokens with an original value, and the entity
/// types that share a table (owned types, table splitting) as entries of their own with the same key. Added: generated keys
/// are EF's temporary values, as for a new aggregate. Modified: every non-key column is written.
/// </summary>
internal static class Wijzigingsvoorbeelden
{
    /// <summary>Stages <paramref name="aantal"/> rows per table in <paramref name="staat"/>; returns what SaveChanges would save.</summary>
    public static IList<IUpdateEntry> Zet(DbContext db, EntityState staat, int aantal)
    {
        ArgumentNullException.ThrowIfNull(db);
        var tracker = db.GetService<IStateManager>();
        var tabellen = db.Model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null && t.FindPrimaryKey() is not null)
            .GroupBy(t => (t.GetSchema(), t.GetTableName()));
        foreach (var tabel in tabellen)
        {
            // The type that owns the row first: the others take its key, also a temporary one.
            var soorten = tabel.OrderBy(t => t.FindOwnership() is null ? 0 : 1).ThenBy(t => t.Name, StringComparer.Ordinal).ToList();
            for (var i = 1; i <= aantal; i++)
            {
                EntityEntry? eigenaar = null;
                foreach (var soort in soorten)
                {
                    var entry = tracker.GetOrCreateEntry(Instantie(soort), soort).ToEntityEntry();
                    Vul(entry, staat, i, eigenaar);
                    entry.State = staat;
                    eigenaar ??= entry;
                }
            }
        }

        return tracker.GetEntriesToSave(cascadeChanges: false);
    }

    private static object Instantie(IEntityType soort) =>
        soort.IsPropertyBag ? new Dictionary<string, object?>(StringComparer.Ordinal) : RuntimeHelpers.GetUninitializedObject(soort.ClrType);

    private static void Vul(EntityEntry entry, EntityState staat, int i, EntityEntry? eigenaar)
    {
        foreach (var complex in entry.ComplexProperties)
        {
            VulComplex(complex);
        }

        var sleutel = entry.Metadata.FindPrimaryKey()!.Properties;
        for (var k = 0; k < sleutel.Count; k++)
        {
            var eigenschap = sleutel[k];
            if (eigenaar is not null)
            {
                entry.Property(eigenschap).CurrentValue = eigenaar.Property(eigenaar.Metadata.FindPrimaryKey()!.Properties[k]).CurrentValue;
            }
            else if (staat != EntityState.Added || eigenschap.ValueGenerated == ValueGenerated.Never)
            {
                entry.Property(eigenschap).CurrentValue = Sleutelwaarde(eigenschap, i);
            }
        }

        foreach (var token in entry.Properties.Where(p => p.Metadata.IsConcurrencyToken && p.Metadata.ClrType == typeof(int)))
        {
            token.OriginalValue = i;
            token.CurrentValue = i + 1;
        }
    }

    private static void VulComplex(ComplexPropertyEntry complex)
    {
        if (complex.CurrentValue is null)
        {
            complex.CurrentValue = RuntimeHelpers.GetUninitializedObject(complex.Metadata.ComplexType.ClrType);
        }

        foreach (var binnen in complex.ComplexProperties)
        {
            VulComplex(binnen);
        }
    }

    /// <summary>The <paramref name="i"/>th value of a key column: a number, or a member's code where the key is a string.</summary>
    private static object Sleutelwaarde(IProperty eigenschap, int i)
    {
        var omzetter = eigenschap.GetTypeMapping().Converter;
        var type = Nullable.GetUnderlyingType(omzetter?.ProviderClrType ?? eigenschap.ClrType) ?? omzetter?.ProviderClrType ?? eigenschap.ClrType;
        object waarde = type switch
        {
            _ when type == typeof(int) => i,
            _ when type == typeof(long) => (long)i,
            _ when type == typeof(short) => (short)i,
            _ when type == typeof(string) => Leden.Alle[i - 1].Code.Waarde,
            _ when type == typeof(Guid) => new Guid(i, 0, 0, new byte[8]),
            _ when type == typeof(DateOnly) => new DateOnly(2026, 1, i),
            _ => throw new InvalidOperationException($"Geen sleutelwaarde voor {eigenschap.DeclaringType.DisplayName()}.{eigenschap.Name} ({type})."),
        };
        return omzetter is null ? waarde : omzetter.ConvertFromProvider(waarde)!;
    }
}
