using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Domain.Rekenkern;

/// <summary>
/// The pensioengerechtigde leeftijd of art. 7a lid 1 AOW (art. 1 onder m Participatiewet), as the SVB table by the year
/// in which it is reached. It counts from the day itself: someone who reaches it on the 1st has reached it on that
/// month's peildatum (domain reference, decisions table "ages").
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
        if (Vroegst(geboortedatum).Year < eersteJaar)
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

    /// <summary>
    /// The earliest day the person can reach it: the table's first age (it only rises). Before that day he has certainly
    /// not reached it, whatever later rows will say.
    /// </summary>
    public static DateOnly Vroegst(DateOnly geboortedatum) => Leeftijd.Bereikt(geboortedatum, Tabel[0].Jaren).AddMonths(Tabel[0].Maanden);

    /// <summary>Whether the person has reached the pensioengerechtigde leeftijd on <paramref name="datum"/>: on the day itself it counts.</summary>
    public static bool Bereikt(DateOnly geboortedatum, DateOnly datum)
    {
        var vroegst = Vroegst(geboortedatum);
        if (vroegst.Year >= Tabel[0].Jaar && datum < vroegst)
        {
            return false;
        }

        var bereikt = DatumBereikt(geboortedatum);
        if (bereikt is null)
        {
            return datum.Year >= Tabel[0].Jaar
                ? true
                : throw new DomeinregelException($"Socrates kent de pensioengerechtigde leeftijd vóór {Tabel[0].Jaar} niet.");
        }

        return datum >= bereikt.Value;
    }

    /// <summary>The day the person reaches it, or the earliest possible day when the table does not reach that far yet (<paramref name="zeker"/> false).</summary>
    public static DateOnly Verwacht(DateOnly geboortedatum, out bool zeker)
    {
        // No exception for the common case of someone decades away from it: the betaalrun asks this for every household.
        var vroegst = Vroegst(geboortedatum);
        if (vroegst.Year > Tabel[^1].Jaar)
        {
            zeker = false;
            return vroegst;
        }

        try
        {
            zeker = true;
            return DatumBereikt(geboortedatum) ?? vroegst;
        }
        catch (DomeinregelException)
        {
            zeker = false;
            return vroegst;
        }
    }
}
