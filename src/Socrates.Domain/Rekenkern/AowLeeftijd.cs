using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Domain.Rekenkern;

/// <summary>
/// The pensioengerechtigde leeftijd of art. 7a lid 1 AOW (art. 1 onder m Participatiewet), as the SVB table by the year
/// in which it is reached. The pensioner norms of art. 22 apply from the month after it is reached (Socrates decision).
/// </summary>
public static class AowLeeftijd
{
    /// <summary>
    /// Year of reaching → age in years and months. 67 years for everyone reaching it in 2024–2027 (SVB). Later years
    /// are set by law five years ahead and rise with life expectancy: add a row, never edit one.
    /// </summary>
    public static IReadOnlyList<(int Jaar, int Jaren, int Maanden)> Tabel { get; } =
    [
        (2024, 67, 0),
        (2025, 67, 0),
        (2026, 67, 0),
        (2027, 67, 0),
    ];

    /// <summary>
    /// The day the person reaches the pensioengerechtigde leeftijd, or null when that was before the first year of the
    /// table (then it was at most 67 years, so certainly before 67 is reached).
    /// </summary>
    public static DateOnly? DatumBereikt(DateOnly geboortedatum)
    {
        var eersteJaar = Tabel[0].Jaar;
        if (Leeftijd.Bereikt(geboortedatum, Tabel[0].Jaren).AddMonths(Tabel[0].Maanden).Year < eersteJaar)
        {
            return null;
        }

        foreach (var (jaar, jaren, maanden) in Tabel)
        {
            var datum = Leeftijd.Bereikt(geboortedatum, jaren).AddMonths(maanden);
            if (datum.Year == jaar)
            {
                return datum;
            }
        }

        throw new DomeinregelException(
            $"De pensioengerechtigde leeftijd voor iemand geboren op {geboortedatum:dd-MM-yyyy} staat nog niet in de tabel van Socrates.");
    }

    /// <summary>Whether the pensioner norms apply on the peildatum: from the first day of the month after the AOW age is reached.</summary>
    public static bool NormenPensioengerechtigdeVanToepassing(DateOnly geboortedatum, DateOnly peildatum)
    {
        // From the table's first year on, the age is never below its first row (it only rises): before that age is
        // reached, the person is certainly not pensioengerechtigd, whatever later rows will say.
        var vroegst = Leeftijd.Bereikt(geboortedatum, Tabel[0].Jaren).AddMonths(Tabel[0].Maanden);
        if (vroegst.Year >= Tabel[0].Jaar && peildatum <= vroegst)
        {
            return false;
        }

        var datum = DatumBereikt(geboortedatum);
        if (datum is null)
        {
            return peildatum.Year >= Tabel[0].Jaar
                ? true
                : throw new DomeinregelException($"Socrates kent de pensioengerechtigde leeftijd vóór {Tabel[0].Jaar} niet.");
        }

        var eersteMaandNa = new DateOnly(datum.Value.Year, datum.Value.Month, 1).AddMonths(1);
        return peildatum >= eersteMaandNa;
    }
}
