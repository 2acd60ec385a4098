using SQLitePCL;

namespace Socrates.Infrastructure.Persistence.Bulk;

/// <summary>
/// One column of a table written in bulk: its name in the model, the type of the value the database stores, and the row's
/// value in that form, both boxed (for SQL Server's bulk copy) and bound by position without boxing (for SQLite).
/// </summary>
internal abstract class Bulkkolom<T>(string naam, Type opslagtype, bool kanLeeg)
{
    public string Naam { get; } = naam;

    /// <summary>The stored value's CLR type as the bulk copy receives it: int, long, string or DateTime (for a date).</summary>
    public Type Opslagtype { get; } = opslagtype;

    public bool KanLeeg { get; } = kanLeeg;

    /// <summary>The row's value as <see cref="Opslagtype"/>, or null.</summary>
    public abstract object? Waarde(T rij);

    /// <summary>Binds the row's value to the SQLite statement's parameter at <paramref name="positie"/> (from 1).</summary>
    public abstract void Bind(sqlite3_stmt opdracht, int positie, T rij);
}

/// <summary>An int column.</summary>
internal sealed class Intkolom<T>(string naam, Func<T, int> waarde) : Bulkkolom<T>(naam, typeof(int), kanLeeg: false)
{
    public override object? Waarde(T rij) => waarde(rij);

    public override void Bind(sqlite3_stmt opdracht, int positie, T rij) => raw.sqlite3_bind_int(opdracht, positie, waarde(rij));
}

/// <summary>A bigint column: amounts in cents.</summary>
internal sealed class Longkolom<T>(string naam, Func<T, long> waarde) : Bulkkolom<T>(naam, typeof(long), kanLeeg: false)
{
    public override object? Waarde(T rij) => waarde(rij);

    public override void Bind(sqlite3_stmt opdracht, int positie, T rij) => raw.sqlite3_bind_int64(opdracht, positie, waarde(rij));
}

/// <summary>An int or bigint column that may be empty.</summary>
internal sealed class LeegGetalkolom<T>(string naam, bool groot, Func<T, long?> waarde) : Bulkkolom<T>(naam, groot ? typeof(long) : typeof(int), kanLeeg: true)
{
    public override object? Waarde(T rij) => waarde(rij) switch
    {
        null => null,
        { } w when groot => w,
        { } w => checked((int)w),
    };

    public override void Bind(sqlite3_stmt opdracht, int positie, T rij)
    {
        if (waarde(rij) is { } w)
        {
            raw.sqlite3_bind_int64(opdracht, positie, w);
        }
        else
        {
            raw.sqlite3_bind_null(opdracht, positie);
        }
    }
}

/// <summary>Text: codes, names, an enum's name.</summary>
internal sealed class Tekstkolom<T>(string naam, bool kanLeeg, Func<T, string?> waarde) : Bulkkolom<T>(naam, typeof(string), kanLeeg)
{
    public override object? Waarde(T rij) => waarde(rij);

    public override void Bind(sqlite3_stmt opdracht, int positie, T rij)
    {
        if (waarde(rij) is { } w)
        {
            raw.sqlite3_bind_text(opdracht, positie, w);
        }
        else
        {
            raw.sqlite3_bind_null(opdracht, positie);
        }
    }
}

/// <summary>A date: SQL Server's <c>date</c> (given as a DateTime at midnight), SQLite's <c>yyyy-MM-dd</c> text as EF Core stores it.</summary>
internal sealed class Datumkolom<T>(string naam, Func<T, DateOnly> waarde) : Bulkkolom<T>(naam, typeof(DateTime), kanLeeg: false)
{
    public override object? Waarde(T rij) => waarde(rij).ToDateTime(TimeOnly.MinValue);

    public override void Bind(sqlite3_stmt opdracht, int positie, T rij) =>
        raw.sqlite3_bind_text(opdracht, positie, waarde(rij).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
