namespace Socrates.Domain.Terugvorderingen;

/// <summary>
/// The kinds of ledger movement. Opgelegd raises the saldo; aflossing, verrekening and kwijtschelding lower it; a correctie does
/// either. A terugbetaling raises a saldo below zero (money received too much, e.g. after a herroeping) back towards zero: the
/// gemeente paid it back to the debtor.
/// </summary>
public enum MutatieSoort
{
    Opgelegd,
    Aflossing,
    Verrekening,
    Correctie,
    Kwijtschelding,
    Terugbetaling,
}
