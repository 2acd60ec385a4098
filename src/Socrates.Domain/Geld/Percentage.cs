using System.Globalization;

namespace Socrates.Domain.Geld;

/// <summary>
/// A percentage in hundredths of a percent (basispunten), so 12,5 % is exact: 1.250 basispunten.
/// Stored as an integer column.
/// </summary>
public readonly record struct Percentage(int Basispunten) : IComparable<Percentage>
{
    private static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");

    public static Percentage Nul { get; } = new(0);

    public static Percentage Honderd { get; } = new(10_000);

    public static Percentage Van(decimal procent) =>
        new(checked((int)Math.Round(procent * 100m, MidpointRounding.AwayFromZero)));

    public decimal Procent => Basispunten / 100m;

    public int CompareTo(Percentage other) => Basispunten.CompareTo(other.Basispunten);

    public static bool operator <(Percentage a, Percentage b) => a.Basispunten < b.Basispunten;

    public static bool operator >(Percentage a, Percentage b) => a.Basispunten > b.Basispunten;

    public static bool operator <=(Percentage a, Percentage b) => a.Basispunten <= b.Basispunten;

    public static bool operator >=(Percentage a, Percentage b) => a.Basispunten >= b.Basispunten;

    /// <summary>Dutch notation: 12,5 % (no trailing zeros).</summary>
    public override string ToString() => Procent.ToString("0.##", Nederlands) + "\u00A0%";
}
