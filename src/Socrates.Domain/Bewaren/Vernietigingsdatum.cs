namespace Socrates.Domain.Bewaren;

/// <summary>
/// The day from which a dossier may be destroyed (Archiefwet 1995 art. 3 and 5; selection list, see
/// <see cref="Bewaartermijnen"/>): the term after the latest of the end of the last toekenning, the last besluit (an
/// afwijzing, buiten behandeling, intrekking, or any later besluit) and the last booking of a terugvordering; never while a
/// toekenning runs or an aanvraag is open; and not before a Beheerder's extension ends.
/// </summary>
public static class Vernietigingsdatum
{
    /// <summary>Null while the term has not started (something still runs, or the dossier holds no decision yet).</summary>
    public static DateOnly? Van(Bewaargrond grond, Bewaartermijn termijn)
    {
        ArgumentNullException.ThrowIfNull(grond);
        ArgumentNullException.ThrowIfNull(termijn);
        if (grond.ToekenningLoopt || grond.AanvraagOpen)
        {
            return null;
        }

        DateOnly?[] data = [grond.LaatsteEinde, grond.LaatsteBesluit, grond.LaatsteBoeking];
        if (data.Max() is not { } aanvang)
        {
            return null;
        }

        var datum = aanvang.AddYears(termijn.Jaren);
        return grond.VerlengdTot is { } tot && tot > datum ? tot : datum;
    }

    /// <summary>
    /// The latest start of the term that has ended by <paramref name="vandaag"/>: a first sieve for a query, which the
    /// exact <see cref="Van"/> confirms per dossier (29 February makes the two differ by a day).
    /// </summary>
    public static DateOnly UitersteAanvang(DateOnly vandaag, Bewaartermijn termijn)
    {
        ArgumentNullException.ThrowIfNull(termijn);
        return vandaag.AddYears(-termijn.Jaren);
    }
}
