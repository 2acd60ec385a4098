namespace Socrates.Domain.Betalingen;

/// <summary>
/// Which months of a household the betaalrun holds back or pays as a voorschot (docs/inkomsten.md): from the first month of a
/// running opschorting (art. 54 lid 1) it holds; each month of the opgaveplicht whose opgave is not in (<see cref="ZonderOpgave"/>)
/// it holds when the gemeente pays after the opgave, and pays in full as a voorschot (art. 52) when the gemeente pays
/// before it (<see cref="Voorschot"/>). A held month is not paid, not looked back on and not reported by <c>controle</c>;
/// what it holds is paid by the first run after the hold ends, through the look-back an opgave starts.
/// </summary>
public sealed record Aanhouding(DateOnly? OpgeschortVanaf, IReadOnlySet<DateOnly> ZonderOpgave, bool Voorschot = false)
{
    public static readonly Aanhouding Geen = new(null, new HashSet<DateOnly>());

    /// <summary>The signal of a held month (first day), or <see cref="Signaal.Geen"/> when it is paid.</summary>
    public Signaal Reden(DateOnly maand) =>
        IsOpgeschort(maand) ? Signaal.Opgeschort : !Voorschot && ZonderOpgave.Contains(maand) ? Signaal.WachtOpOpgave : Signaal.Geen;

    public bool Houdt(DateOnly maand) => Reden(maand) != Signaal.Geen;

    /// <summary>The month is paid, in full, before its opgave is in: a voorschot the next run settles.</summary>
    public bool BetaaltAlsVoorschot(DateOnly maand) => Voorschot && ZonderOpgave.Contains(maand) && !IsOpgeschort(maand);

    private bool IsOpgeschort(DateOnly maand) => OpgeschortVanaf is { } vanaf && maand >= vanaf;
}
