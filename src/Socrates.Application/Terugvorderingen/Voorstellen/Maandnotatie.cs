using System.Globalization;

namespace Socrates.Application.Terugvorderingen.Voorstellen;

/// <summary>Months as forms send them ("2026-03") and as the domain keeps them (the first day of the month).</summary>
public static class Maandnotatie
{
    public static bool ProbeerLees(string? tekst, out DateOnly maand) =>
        DateOnly.TryParseExact(tekst?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out maand);

    public static string Schrijf(DateOnly maand) => maand.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
