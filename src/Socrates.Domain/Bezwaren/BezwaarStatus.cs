namespace Socrates.Domain.Bezwaren;

/// <summary>
/// In behandeling → BeslissingVoorgesteld → Beslist; a team lead who sends the proposal back puts it in behandeling again. A
/// gegrond beslissing against an aanvraag's besluit waits in <see cref="HerroepingUitvoeren"/> until the replacing besluit is
/// taken (Awb 7:11 lid 2), and is then Beslist (afgerond).
/// </summary>
public enum BezwaarStatus
{
    InBehandeling = 0,
    BeslissingVoorgesteld = 1,
    Beslist = 2,

    /// <summary>The beslissing op bezwaar is taken and herroept an aanvraag's besluit: the besluit in its place is still to be taken.</summary>
    HerroepingUitvoeren = 3,
}
