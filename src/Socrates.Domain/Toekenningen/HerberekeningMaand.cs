using Socrates.Domain.Geld;

namespace Socrates.Domain.Toekenningen;

/// <summary>
/// One calendar month of a herberekening: what was paid for it (the maanddeel transferred, the vakantietoeslag reserved
/// and what of that was paid out) against what the changed situation gives (<see cref="Nieuw"/>, <see cref="VakantietoeslagNieuw"/>),
/// and what follows: a nabetaling, teveel betaald, a correction of the reservation (docs/betalingen.md). In the month the
/// change starts, the new amount counts for <see cref="DagenNieuw"/> of the <see cref="DagenInMaand"/> days and the old
/// toekenning for the <see cref="DagenOud"/> days before; in the month the bijstand began, days before the ingangsdatum count
/// for neither. Before the overgangsmaand <see cref="Betaald"/> is the old household recalculated; a month no run paid yet
/// has no difference: the next run pays the right amount.
/// </summary>
public sealed class HerberekeningMaand
{
    private HerberekeningMaand()
    {
    }

    public HerberekeningMaand(
        DateOnly maand, HerberekeningStatus status, Bedrag betaald, Bedrag nieuw, Bedrag vakantietoeslagGereserveerd, Bedrag vakantietoeslagNieuw,
        Bedrag vakantietoeslagUitbetaald, int dagenOud, int dagenNieuw, int dagenInMaand)
    {
        Maand = maand;
        Status = status;
        Betaald = betaald;
        Nieuw = nieuw;
        VakantietoeslagGereserveerd = vakantietoeslagGereserveerd;
        VakantietoeslagNieuw = vakantietoeslagNieuw;
        VakantietoeslagUitbetaald = vakantietoeslagUitbetaald;
        DagenOud = dagenOud;
        DagenNieuw = dagenNieuw;
        DagenInMaand = dagenInMaand;
    }

    public int Id { get; private set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Maand { get; private set; }

    public HerberekeningStatus Status { get; private set; }

    /// <summary>The maanddeel paid for the month (bijstand minus the reserved vakantietoeslag); before the overgang the old household's.</summary>
    public Bedrag Betaald { get; private set; }

    /// <summary>The maanddeel the changed situation gives.</summary>
    public Bedrag Nieuw { get; private set; }

    public Bedrag VakantietoeslagGereserveerd { get; private set; }

    public Bedrag VakantietoeslagNieuw { get; private set; }

    /// <summary>Of the reserved vakantietoeslag, what a payout already paid.</summary>
    public Bedrag VakantietoeslagUitbetaald { get; private set; }

    /// <summary>Days of this month under the old situation (from the ingangsdatum, before the wijziging).</summary>
    public int DagenOud { get; private set; }

    /// <summary>Days of this month under the new situation (from the wijzigingsdatum).</summary>
    public int DagenNieuw { get; private set; }

    public int DagenInMaand { get; private set; }

    /// <summary>
    /// Positive: a nabetaling; negative: teveel betaald (the maanddeel, and vakantietoeslag paid out above the new right);
    /// nothing for a month not yet paid.
    /// </summary>
    public Bedrag Verschil => Status == HerberekeningStatus.NogNietBetaald ? Bedrag.Nul
        : Nieuw - Betaald - Bedrag.Max(Bedrag.Nul, VakantietoeslagUitbetaald - VakantietoeslagNieuw);

    /// <summary>What the next run moves in the month's reservation: up to the new right, down as far as not paid out.</summary>
    public Bedrag VakantietoeslagCorrectie => Status == HerberekeningStatus.NogNietBetaald ? Bedrag.Nul
        : Bedrag.Max(VakantietoeslagNieuw, VakantietoeslagUitbetaald) - VakantietoeslagGereserveerd;

    public Bedrag Nabetaling => Bedrag.Max(Bedrag.Nul, Verschil);

    public Bedrag TeveelBetaald => Bedrag.Max(Bedrag.Nul, -Verschil);

    public bool IsGebrokenMaand => DagenNieuw < DagenInMaand;

    public HerberekeningMaand Kopie() =>
        new(Maand, Status, Betaald, Nieuw, VakantietoeslagGereserveerd, VakantietoeslagNieuw, VakantietoeslagUitbetaald, DagenOud, DagenNieuw, DagenInMaand);
}
