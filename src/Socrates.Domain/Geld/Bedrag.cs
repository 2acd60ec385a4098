using System.Globalization;

namespace Socrates.Domain.Geld;

/// <summary>An amount of money in whole eurocents. Never a double; rounding is explicit and named.</summary>
public readonly record struct Bedrag(long Centen) : IComparable<Bedrag>
{
    private static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");

    public static Bedrag Nul { get; } = new(0);

    /// <summary>An amount given in euros, rounded half away from zero to the cent.</summary>
    public static Bedrag Euro(decimal euro) =>
        new(checked((long)Math.Round(euro * 100m, MidpointRounding.AwayFromZero)));

    public decimal InEuro => Centen / 100m;

    public bool IsNegatief => Centen < 0;

    public static Bedrag operator +(Bedrag a, Bedrag b) => new(checked(a.Centen + b.Centen));

    public static Bedrag operator -(Bedrag a, Bedrag b) => new(checked(a.Centen - b.Centen));

    public static Bedrag operator -(Bedrag a) => new(checked(-a.Centen));

    public static bool operator <(Bedrag a, Bedrag b) => a.Centen < b.Centen;

    public static bool operator >(Bedrag a, Bedrag b) => a.Centen > b.Centen;

    public static bool operator <=(Bedrag a, Bedrag b) => a.Centen <= b.Centen;

    public static bool operator >=(Bedrag a, Bedrag b) => a.Centen >= b.Centen;

    public static Bedrag Max(Bedrag a, Bedrag b) => a >= b ? a : b;

    public static Bedrag Min(Bedrag a, Bedrag b) => a <= b ? a : b;

    /// <summary>The sum of <paramref name="bedragen"/>; € 0,00 for none.</summary>
    public static Bedrag Som(IEnumerable<Bedrag> bedragen)
    {
        ArgumentNullException.ThrowIfNull(bedragen);
        var som = Nul;
        foreach (var b in bedragen)
        {
            som += b;
        }

        return som;
    }

    /// <summary>This amount times a percentage, rounded half away from zero to the cent.</summary>
    public Bedrag Maal(Percentage percentage) =>
        new(checked((long)Math.Round(Centen * (decimal)percentage.Basispunten / 10_000m, MidpointRounding.AwayFromZero)));

    /// <summary>This amount times a factor, rounded half away from zero to the cent.</summary>
    public Bedrag Maal(decimal factor) =>
        new(checked((long)Math.Round(Centen * factor, MidpointRounding.AwayFromZero)));

    public int CompareTo(Bedrag other) => Centen.CompareTo(other.Centen);

    /// <summary>Dutch notation: € 1.234,56 (with a non-breaking space after the euro sign).</summary>
    public override string ToString() => "€\u00A0" + InEuro.ToString("N2", Nederlands);

    /// <summary>The amount without the euro sign: 1.234,56.</summary>
    public string ZonderTeken() => InEuro.ToString("N2", Nederlands);
}
