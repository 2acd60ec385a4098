using Socrates.Domain.Aanvragen;

namespace Socrates.Domain.Inkomsten;

/// <summary>
/// A run of consecutive months, <see cref="Eerste"/> to <see cref="Laatste"/> (first days), in each of which a person of the
/// household had a netto wage on an inkomstenopgave. It is all the arbeidsvrijlating needs of earlier months (which months
/// had work income, art. 31 lid 2 onder n), so the betaalrun reads earlier months in this form (docs/performance.md).
/// </summary>
public sealed record Loonmaanden(Gezinslid Van, DateOnly Eerste, DateOnly Laatste)
{
    /// <summary>Every month of the run, first days.</summary>
    public IEnumerable<DateOnly> Maanden()
    {
        for (var maand = Eerste; maand <= Laatste; maand = maand.AddMonths(1))
        {
            yield return maand;
        }
    }

    /// <summary>The number of months from <paramref name="eerste"/> to <paramref name="laatste"/>, both included.</summary>
    public static int Aantal(DateOnly eerste, DateOnly laatste) => ((laatste.Year - eerste.Year) * 12) + laatste.Month - eerste.Month + 1;
}
