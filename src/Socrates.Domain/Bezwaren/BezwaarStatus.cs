namespace Socrates.Domain.Bezwaren;

/// <summary>In behandeling → BeslissingVoorgesteld → Beslist; a team lead who sends the proposal back puts it in behandeling again.</summary>
public enum BezwaarStatus
{
    InBehandeling,
    BeslissingVoorgesteld,
    Beslist,
}
