using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Inkomsten;

/// <summary>
/// A household (by its aanvrager, so it outlives a wijziging's new toekenning) must hand in an inkomstenopgave for every month
/// from <see cref="Vanaf"/> up to <see cref="Tot"/> in which it has bijstand (art. 17 lid 1 Participatiewet, the gemeente's
/// inlichtingenplicht per month for wisselend inkomen). A month it ran in without an opgave is missing once the gemeente's
/// term after the month has passed (docs/inkomsten.md).
/// </summary>
public sealed class Opgaveplicht : IGemeenteEigendom, IVersieBeheerd
{
    private Opgaveplicht()
    {
    }

    public int Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    public int AanvragerId { get; private set; }

    /// <summary>The first month with the duty (first day).</summary>
    public DateOnly Vanaf { get; private set; }

    /// <summary>The last month with the duty (first day), or null: until the bijstand ends.</summary>
    public DateOnly? Tot { get; private set; }

    public string GewijzigdDoor { get; private set; } = "";

    public DateTime GewijzigdOp { get; private set; }

    public int Versie { get; private set; }

    public static Opgaveplicht Instellen(GemeenteCode gemeente, int aanvragerId, DateOnly vanaf, DateOnly? tot, string door, DateTime nu)
    {
        ArgumentNullException.ThrowIfNull(gemeente);
        var plicht = new Opgaveplicht { Gemeente = gemeente, AanvragerId = aanvragerId };
        plicht.Wijzigen(vanaf, tot, door, nu);
        plicht.Versie = 0;
        return plicht;
    }

    public void Wijzigen(DateOnly vanaf, DateOnly? tot, string door, DateTime nu)
    {
        if (vanaf.Day != 1 || tot is { Day: not 1 })
        {
            throw new DomeinregelException("De opgaveplicht begint en eindigt met een kalendermaand.");
        }

        if (tot < vanaf)
        {
            throw new DomeinregelException("De laatste maand van de opgaveplicht ligt niet vóór de eerste.");
        }

        (Vanaf, Tot, GewijzigdDoor, GewijzigdOp) = (vanaf, tot, door, nu);
        Versie++;
    }

    /// <summary>Whether the duty covers <paramref name="maand"/> (first day).</summary>
    public bool Omvat(DateOnly maand) => maand >= Vanaf && (Tot is not { } t || maand <= t);
}
