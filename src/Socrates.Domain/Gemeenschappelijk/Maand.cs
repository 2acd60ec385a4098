using System.Globalization;

namespace Socrates.Domain.Gemeenschappelijk;

/// <summary>
/// A calendar month: bijstand, betaalruns and terugvorderingen all count in whole months. Written compactly as a form's
/// month field sends it ("2026-03", <see cref="ToString"/>) and in full for people ("maart 2026", <see cref="Voluit"/>).
/// Where a month is stored, the column keeps its first day (<see cref="Eerste"/>).
/// </summary>
public readonly record struct Maand : IComparable<Maand>
{
    private static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");

    public Maand(int jaar, int nummer)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(jaar, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(jaar, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(nummer, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(nummer, 12);
        Jaar = jaar;
        Nummer = nummer;
    }

    public int Jaar { get; }

    /// <summary>1 for January to 12 for December.</summary>
    public int Nummer { get; }

    public DateOnly Eerste => new(Jaar, Nummer, 1);

    public DateOnly Laatste => new(Jaar, Nummer, AantalDagen);

    public int AantalDagen => DateTime.DaysInMonth(Jaar, Nummer);

    public Maand Volgende => Plus(1);

    public Maand Vorige => Plus(-1);

    /// <summary>"maart 2026".</summary>
    public string Voluit => Eerste.ToString("MMMM yyyy", Nederlands);

    /// <summary>The month <paramref name="datum"/> lies in.</summary>
    public static Maand Van(DateOnly datum) => new(datum.Year, datum.Month);

    /// <summary>Whether <paramref name="datum"/> is the first day of its month (the way a month is stored).</summary>
    public static bool IsBegin(DateOnly datum) => datum.Day == 1;

    /// <summary>The first first-of-the-month on or after <paramref name="datum"/>.</summary>
    public static DateOnly EersteBeginVanaf(DateOnly datum) => IsBegin(datum) ? datum : Van(datum).Volgende.Eerste;

    /// <summary>Reads the compact notation "2026-03" (surrounding spaces allowed); false for anything else.</summary>
    public static bool ProbeerLees(string? tekst, out Maand maand)
    {
        var gelezen = DateOnly.TryParseExact(tekst?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var eerste);
        maand = gelezen ? Van(eerste) : default;
        return gelezen;
    }

    /// <summary>Reads the compact notation "2026-03"; throws a <see cref="FormatException"/> for anything else.</summary>
    public static Maand Lees(string tekst) =>
        ProbeerLees(tekst, out var maand) ? maand : throw new FormatException($"'{tekst}' is geen maand in de vorm jjjj-mm.");

    /// <summary><paramref name="maanden"/> months later (or earlier, when negative).</summary>
    public Maand Plus(int maanden) => Van(Eerste.AddMonths(maanden));

    public bool Bevat(DateOnly datum) => datum.Year == Jaar && datum.Month == Nummer;

    public int CompareTo(Maand other) => (Jaar, Nummer).CompareTo((other.Jaar, other.Nummer));

    /// <summary>The compact notation a form's month field sends: "2026-03".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Jaar:D4}-{Nummer:D2}");

    public static bool operator <(Maand links, Maand rechts) => links.CompareTo(rechts) < 0;

    public static bool operator >(Maand links, Maand rechts) => links.CompareTo(rechts) > 0;

    public static bool operator <=(Maand links, Maand rechts) => links.CompareTo(rechts) <= 0;

    public static bool operator >=(Maand links, Maand rechts) => links.CompareTo(rechts) >= 0;
}
