using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Infrastructure.Betalingen;
using Socrates.Infrastructure.Indexeringen;
using Socrates.Infrastructure.Persistence.Bulk;

namespace Socrates.IntegrationTests.Database;

/// <summary>
/// The tables written in bulk (issue #17) have their column list in one place, used by SQLite's prepared insert and SQL
/// Server's bulk copy alike; here it is held against the EF model of both providers: every column but the generated key,
/// the stored type and whether it may be empty. A column added to the model and not to the list fails here, not in a
/// betaalrun on SQL Server.
/// </summary>
public sealed class BulktabellenTests
{
    public static TheoryData<string> Providers => ["Sqlite", "SqlServer"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void DeKolomlijsten_VolgenHetModel(string provider)
    {
        using var db = TestDatabases.Context(provider, provider == "Sqlite" ? "Data Source=:memory:" : TestDatabases.OntwerpSqlServer);
        var model = db.Model.GetRelationalModel();

        foreach (var (naam, kolommen) in new[] { Lijst(BetalingenSchrijver.Betalingen), Lijst(BetalingenSchrijver.Verrekeningen), Lijst(IndexeringsregelsSchrijver.Regels) })
        {
            var tabel = model.Tables.Single(t => t.Name == naam);
            var verwacht = tabel.Columns
                .Where(c => c.PropertyMappings.All(m => m.Property.ValueGenerated == ValueGenerated.Never))
                .Select(c => $"{c.Name} {Opslag(c.ProviderClrType).Name}{(c.IsNullable ? "?" : "")}")
                .Order(StringComparer.Ordinal);

            Assert.Equal(verwacht, kolommen.Order(StringComparer.Ordinal));
            Assert.Contains(tabel.Columns, c => c.PropertyMappings.Any(m => m.Property.ValueGenerated != ValueGenerated.Never));
        }
    }

    [Fact]
    public void DeGegevensVoorDeBulkkopie_ZijnWatEFCoreZouOpslaan()
    {
        var maand = new DateOnly(2026, 12, 1);
        var regel = new Betaalregel
        {
            ToekenningId = 7, AanvraagId = 5, AanvragerId = 3, Naam = "J. de Vries", Iban = null, Dagen = 29, DagenInMaand = 31,
            Norm = new Bedrag(133_142), InkomenInAanmerking = Bedrag.Nul, Bijstand = new Bedrag(133_142), VakantietoeslagGereserveerd = new Bedrag(6_657),
            VakantietoeslagUitbetaald = Bedrag.Nul, Verrekend = new Bedrag(1_000), TeBetalen = new Bedrag(125_485), VorigBedrag = new Bedrag(-12_345),
            Signalen = Signaal.IbanOntbreekt,
        };
        var betaling = new Betaling(regel, Leden.DenHaag.Code, 11, maand);

        using var gegevens = BetalingenSchrijver.Betalingen.Gegevens([betaling, betaling]);

        Assert.Equal(2, gegevens.Rows.Count);
        var rij = gegevens.Rows[0];
        Assert.Equal(Leden.DenHaag.Code.Waarde, rij["Gemeente"]);
        Assert.Equal(new DateTime(2026, 12, 1), rij["Maand"]);
        Assert.Equal(typeof(DateTime), gegevens.Columns["Betreft"]!.DataType);
        Assert.Equal(DBNull.Value, rij["Iban"]);
        Assert.Equal(-12_345L, rij["VorigBedrag"]);
        Assert.Equal(DBNull.Value, rij["VakantietoeslagSaldo"]);
        Assert.Equal(125_485L, rij["TeBetalen"]);
        Assert.Equal((int)Signaal.IbanOntbreekt, rij["Signalen"]);
        Assert.Equal(nameof(BetalingSoort.Maandbetaling), rij["Soort"]);
        Assert.Equal(29, rij["Dagen"]);
        Assert.False(gegevens.Columns["Naam"]!.AllowDBNull);
    }

    /// <summary>A bulk table's columns as "Naam Type[?]", a date as the model's DateOnly.</summary>
    private static (string Naam, IEnumerable<string> Kolommen) Lijst<T>(Bulktabel<T> tabel) =>
        (tabel.Naam, tabel.Kolommen.Select(k => $"{k.Naam} {(k.Opslagtype == typeof(DateTime) ? nameof(DateOnly) : k.Opslagtype.Name)}{(k.KanLeeg ? "?" : "")}"));

    private static Type Opslag(Type type) => Nullable.GetUnderlyingType(type) ?? type;
}
