using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Indexeringen;

/// <summary>
/// The recalculation of one gemeente's toekenningen when a normenset is approved whose ingangsdatum lies before the
/// current month (docs/normen.md, "Indexering"): every month from <see cref="VanMaand"/> up to and including
/// <see cref="TotMaand"/> (the last month a definitive run paid) is recalculated on the new figures, and each difference
/// becomes an <see cref="Indexeringsregel"/>. Months after <see cref="TotMaand"/> are paid by their own runs on the new
/// figures. Computed in parts (<see cref="IndexeringDeel"/>) under leases, like the betaalrun.
/// </summary>
public sealed class Indexering : IGemeenteEigendom, IVersieBeheerd
{
    private Indexering()
    {
    }

    public int Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    public int NormensetId { get; private set; }

    /// <summary>The set's ingangsdatum, as the first day of its month (never before the gemeente's overgangsmaand).</summary>
    public DateOnly VanMaand { get; private set; }

    /// <summary>The month of the gemeente's last definitive run when the set was approved (first day).</summary>
    public DateOnly TotMaand { get; private set; }

    public IndexeringStatus Status { get; private set; }

    public DateTime GestartOp { get; private set; }

    public DateTime? KlaarOp { get; private set; }

    public int AantalDelen { get; private set; }

    public int Versie { get; private set; }

    /// <summary>
    /// Starts the recalculation of <paramref name="gemeente"/> for the months <paramref name="van"/> up to and including
    /// <paramref name="tot"/>; null when there is no month to recalculate (nothing was paid since the ingangsdatum).
    /// </summary>
    public static Indexering? Starten(GemeenteCode gemeente, int normensetId, DateOnly van, DateOnly tot, DateTime nu)
    {
        ArgumentNullException.ThrowIfNull(gemeente);
        if (!Maand.IsBegin(van) || !Maand.IsBegin(tot))
        {
            throw new ArgumentException("Een indexering gaat over hele maanden: geef de eerste dag.", nameof(van));
        }

        return van > tot ? null : new Indexering
        {
            Gemeente = gemeente, NormensetId = normensetId, VanMaand = van, TotMaand = tot, Status = IndexeringStatus.Berekenen, GestartOp = nu,
        };
    }

    public void DelenVastgesteld(int aantal)
    {
        AantalDelen = aantal;
        Versie++;
    }

    /// <summary>Every part is written: the next betaalrun pays what the parts found.</summary>
    public void Afgerond(DateTime nu)
    {
        if (Status == IndexeringStatus.Berekenen)
        {
            Status = IndexeringStatus.Klaar;
            KlaarOp = nu;
            Versie++;
        }
    }
}
