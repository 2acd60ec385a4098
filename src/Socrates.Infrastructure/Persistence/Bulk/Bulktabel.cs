using System.Data;
using System.Globalization;

namespace Socrates.Infrastructure.Persistence.Bulk;

/// <summary>
/// A table written in bulk, with its column list in one place for both providers: SQLite binds the columns by position into
/// one prepared INSERT (<see cref="InsertSql"/>), SQL Server's bulk copy maps them by name from <see cref="Gegevens"/>. The
/// list holds every column of the table but its generated key; BulktabellenTests hold it against the EF model of both
/// migration sets (names, types, nullability).
/// </summary>
internal sealed class Bulktabel<T>(string naam)
{
    private readonly List<Bulkkolom<T>> _kolommen = [];

    public string Naam { get; } = naam;

    public IReadOnlyList<Bulkkolom<T>> Kolommen => _kolommen;

    public Bulktabel<T> Int(string kolom, Func<T, int> waarde) => Voeg(new Intkolom<T>(kolom, waarde));

    public Bulktabel<T> IntOfLeeg(string kolom, Func<T, int?> waarde) => Voeg(new LeegGetalkolom<T>(kolom, groot: false, r => waarde(r)));

    public Bulktabel<T> Long(string kolom, Func<T, long> waarde) => Voeg(new Longkolom<T>(kolom, waarde));

    public Bulktabel<T> LongOfLeeg(string kolom, Func<T, long?> waarde) => Voeg(new LeegGetalkolom<T>(kolom, groot: true, waarde));

    public Bulktabel<T> Tekst(string kolom, Func<T, string> waarde) => Voeg(new Tekstkolom<T>(kolom, kanLeeg: false, waarde));

    public Bulktabel<T> TekstOfLeeg(string kolom, Func<T, string?> waarde) => Voeg(new Tekstkolom<T>(kolom, kanLeeg: true, waarde));

    public Bulktabel<T> Datum(string kolom, Func<T, DateOnly> waarde) => Voeg(new Datumkolom<T>(kolom, waarde));

    /// <summary>One row's INSERT with the parameters @p0, @p1, … in column order (SQLite numbers them 1, 2, … in that order).</summary>
    public string InsertSql =>
        $"INSERT INTO \"{Naam}\" ({string.Join(", ", _kolommen.Select(k => $"\"{k.Naam}\""))}) " +
        $"VALUES ({string.Join(", ", _kolommen.Select((_, i) => "@p" + i.ToString(CultureInfo.InvariantCulture)))})";

    /// <summary>The rows as a table of typed columns named as the database names them, for SQL Server's bulk copy.</summary>
    public DataTable Gegevens(IReadOnlyList<T> rijen)
    {
        ArgumentNullException.ThrowIfNull(rijen);
        var tabel = new DataTable(Naam) { Locale = CultureInfo.InvariantCulture };
        foreach (var kolom in _kolommen)
        {
            tabel.Columns.Add(new DataColumn(kolom.Naam, kolom.Opslagtype) { AllowDBNull = kolom.KanLeeg });
        }

        var waarden = new object[_kolommen.Count];
        tabel.BeginLoadData();
        foreach (var rij in rijen)
        {
            for (var i = 0; i < waarden.Length; i++)
            {
                waarden[i] = _kolommen[i].Waarde(rij) ?? DBNull.Value;
            }

            tabel.LoadDataRow(waarden, fAcceptChanges: true);
        }

        tabel.EndLoadData();
        return tabel;
    }

    private Bulktabel<T> Voeg(Bulkkolom<T> kolom)
    {
        _kolommen.Add(kolom);
        return this;
    }
}
