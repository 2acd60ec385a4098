namespace Socrates.Domain.Terugvorderingen;

/// <summary>The kinds of ledger movement. Opgelegd raises the saldo; aflossing, verrekening and kwijtschelding lower it; a correctie does either.</summary>
public enum MutatieSoort
{
    Opgelegd,
    Aflossing,
    Verrekening,
    Correctie,
    Kwijtschelding,
}
