using System.Collections;
using System.Data.Common;

namespace Socrates.IntegrationTests.Database;

/// <summary>
/// A reader of one row per result set, for <paramref name="resultaten"/> result sets, in which every value is its type's
/// default (0, false, an empty string), never NULL: what an empty database answers to a query of one aggregate (COUNT 0,
/// EXISTS false; MAX gives 0 here, not NULL) and, near enough, the row an insert's OUTPUT clause gives EF.
/// </summary>
internal sealed class Nulrij(int resultaten) : DbDataReader
{
    public const int Kolommen = 1024;

    private int _resultatenOver = resultaten;
    private bool _gelezen;

    public override int FieldCount => Kolommen;

    public override bool HasRows => true;

    public override bool IsClosed => false;

    public override int RecordsAffected => 1;

    public override int Depth => 0;

    public override object this[int ordinal] => 0;

    public override object this[string name] => 0;

    public override bool Read()
    {
        var eerste = !_gelezen;
        _gelezen = true;
        return eerste;
    }

    public override bool NextResult()
    {
        _gelezen = false;
        return --_resultatenOver > 0;
    }

    public override bool IsDBNull(int ordinal) => false;

    public override T GetFieldValue<T>(int ordinal) => typeof(T) == typeof(string) ? (T)(object)"" : default!;

    public override object GetValue(int ordinal) => 0;

    public override int GetValues(object[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Array.Fill(values, 0);
        return values.Length;
    }

    public override bool GetBoolean(int ordinal) => false;

    public override byte GetByte(int ordinal) => 0;

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => 0;

    public override char GetChar(int ordinal) => '\0';

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => 0;

    public override DateTime GetDateTime(int ordinal) => default;

    public override decimal GetDecimal(int ordinal) => 0;

    public override double GetDouble(int ordinal) => 0;

    public override float GetFloat(int ordinal) => 0;

    public override Guid GetGuid(int ordinal) => Guid.Empty;

    public override short GetInt16(int ordinal) => 0;

    public override int GetInt32(int ordinal) => 0;

    public override long GetInt64(int ordinal) => 0;

    public override string GetString(int ordinal) => "";

    public override string GetDataTypeName(int ordinal) => "sql_variant";

    public override Type GetFieldType(int ordinal) => typeof(object);

    public override string GetName(int ordinal) => $"k{ordinal}";

    public override int GetOrdinal(string name) => -1;

    public override IEnumerator GetEnumerator() => Array.Empty<object>().GetEnumerator();
}
