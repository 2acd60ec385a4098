using Socrates.Domain.Geld;

namespace Socrates.Domain.Toekenningen;

/// <summary>
/// One calendar month of a herberekening: what the running toekenning gave, what the changed situation gives, and
/// the difference (positive: nabetaling; negative: teveel betaald). In the month the change starts, the new amount
/// counts for <see cref="DagenNieuw"/> of the <see cref="DagenInMaand"/> days and the old amount for the
/// <see cref="DagenOud"/> days before; in the month the bijstand began, days before the ingangsdatum count for neither.
/// </summary>
public sealed class HerberekeningMaand
{
    private HerberekeningMaand()
    {
    }

    public HerberekeningMaand(DateOnly maand, Bedrag oud, Bedrag nieuw, int dagenOud, int dagenNieuw, int dagenInMaand)
    {
        Maand = maand;
        Oud = oud;
        Nieuw = nieuw;
        DagenOud = dagenOud;
        DagenNieuw = dagenNieuw;
        DagenInMaand = dagenInMaand;
    }

    public int Id { get; private set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Maand { get; private set; }

    public Bedrag Oud { get; private set; }

    public Bedrag Nieuw { get; private set; }

    /// <summary>Days of this month under the old situation (from the ingangsdatum, before the wijziging).</summary>
    public int DagenOud { get; private set; }

    /// <summary>Days of this month under the new situation (from the wijzigingsdatum).</summary>
    public int DagenNieuw { get; private set; }

    public int DagenInMaand { get; private set; }

    public Bedrag Verschil => Nieuw - Oud;

    public bool IsGebrokenMaand => DagenNieuw < DagenInMaand;

    public HerberekeningMaand Kopie() => new(Maand, Oud, Nieuw, DagenOud, DagenNieuw, DagenInMaand);
}
