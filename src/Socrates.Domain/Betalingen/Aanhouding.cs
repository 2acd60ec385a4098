namespace Socrates.Domain.Betalingen;

/// <summary>
/// Which months of a household the betaalrun holds back (docs/inkomsten.md): from the first month of a running opschorting
/// (art. 54 lid 1), and, when the gemeente pays after the opgave, each month of the opgaveplicht whose opgave is not in.
/// A held month is not paid, not looked back on and not reported by <c>controle</c>; what it holds is paid by the first run
/// after the hold ends, through the look-back an opgave starts.
/// </summary>
public sealed record Aanhouding(DateOnly? OpgeschortVanaf, IReadOnlySet<DateOnly> ZonderOpgave)
{
    public static readonly Aanhouding Geen = new(null, new HashSet<DateOnly>());

    /// <summary>The signal of a held month (first day), or <see cref="Signaal.Geen"/> when it is paid.</summary>
    public Signaal Reden(DateOnly maand) =>
        OpgeschortVanaf is { } vanaf && maand >= vanaf ? Signaal.Opgeschort : ZonderOpgave.Contains(maand) ? Signaal.WachtOpOpgave : Signaal.Geen;

    public bool Houdt(DateOnly maand) => Reden(maand) != Signaal.Geen;
}
