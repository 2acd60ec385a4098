using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Domain.Rekenkern;

/// <summary>
/// The pensioengerechtigde leeftijd of art. 7a lid 1 AOW (art. 1 onder m Participatiewet), as the SVB table by the year
/// in which it is reached. It counts from the day itself: someone who reaches it on the 1st has reached it on that
/// month's peildatum (domain reference, decisions table "ages"). Part of the <see cref="LandelijkeNormen"/>.
/// </summary>
public sealed class AowLeeftijden
{
    private readonly (int Jaar, int Jaren, int Maanden)[] _tabel;

    /// <summary>
    /// Year of reaching → age in years and months, one row per consecutive year. Later years are set by law five years
    /// ahead and rise with life expectancy: a new year is a new row, never an edit, and the age never falls.
    /// </summary>
    public AowLeeftijden(IEnumerable<(int Jaar, int Jaren, int Maanden)> rijen)
    {
        ArgumentNullException.ThrowIfNull(rijen);
        _tabel = [.. rijen.OrderBy(r => r.Jaar)];
        if (_tabel.Length == 0)
        {
            throw new ArgumentException("De tabel van de pensioengerechtigde leeftijd heeft minstens één jaar.", nameof(rijen));
        }

        for (var i = 0; i < _tabel.Length; i++)
        {
            var (jaar, jaren, maanden) = _tabel[i];
            if (maanden is < 0 or > 11 || jaren < 60)
            {
                throw new ArgumentException($"De pensioengerechtigde leeftijd van {jaar} ({jaren} jaar en {maanden} maanden) is geen geldige leeftijd.", nameof(rijen));
            }

            if (i > 0 && jaar != _tabel[i - 1].Jaar + 1)
            {
                throw new ArgumentException($"De tabel van de pensioengerechtigde leeftijd moet aaneengesloten jaren hebben; na {_tabel[i - 1].Jaar} komt {jaar}.", nameof(rijen));
            }

            if (i > 0 && (jaren * 12) + maanden < (_tabel[i - 1].Jaren * 12) + _tabel[i - 1].Maanden)
            {
                throw new ArgumentException($"De pensioengerechtigde leeftijd van {jaar} is lager dan die van {_tabel[i - 1].Jaar}; hij stijgt alleen.", nameof(rijen));
            }
        }
    }

    public IReadOnlyList<(int Jaar, int Jaren, int Maanden)> Tabel => _tabel;

    /// <summary>The last year the table knows.</summary>
    public int LaatsteJaar => _tabel[^1].Jaar;

    /// <summary>
    /// The day the person reaches the pensioengerechtigde leeftijd, or null when that was before the first year of the
    /// table (then it was at most the first row's age, so certainly before that is reached).
    /// </summary>
    public DateOnly? DatumBereikt(DateOnly geboortedatum)
    {
        var eersteJaar = _tabel[0].Jaar;
        if (Vroegst(geboortedatum).Year < eersteJaar)
        {
            return null;
        }

        foreach (var (jaar, jaren, maanden) in _tabel)
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
    public DateOnly Vroegst(DateOnly geboortedatum) => Leeftijd.Bereikt(geboortedatum, _tabel[0].Jaren).AddMonths(_tabel[0].Maanden);

    /// <summary>Whether the person has reached the pensioengerechtigde leeftijd on <paramref name="datum"/>: on the day itself it counts.</summary>
    public bool Bereikt(DateOnly geboortedatum, DateOnly datum)
    {
        var vroegst = Vroegst(geboortedatum);
        if (vroegst.Year >= _tabel[0].Jaar && datum < vroegst)
        {
            return false;
        }

        var bereikt = DatumBereikt(geboortedatum);
        if (bereikt is null)
        {
            return datum.Year >= _tabel[0].Jaar
                ? true
                : throw new DomeinregelException($"Socrates kent de pensioengerechtigde leeftijd vóór {_tabel[0].Jaar} niet.");
        }

        return datum >= bereikt.Value;
    }

    /// <summary>The day the person reaches it, or the earliest possible day when the table does not reach that far yet (<paramref name="zeker"/> false).</summary>
    public DateOnly Verwacht(DateOnly geboortedatum, out bool zeker)
    {
        // No exception for the common case of someone decades away from it: the betaalrun asks this for every household.
        var vroegst = Vroegst(geboortedatum);
        if (vroegst.Year > LaatsteJaar)
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
