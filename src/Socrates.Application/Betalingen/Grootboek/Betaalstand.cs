namespace Socrates.Application.Betalingen.Grootboek;

/// <summary>
/// Where a municipality's payments stand: the month Socrates took over from the previous system (if it did), the month of
/// its last definitive run, and the day that run was started (a toekenning ended on or after it is looked back on next).
/// </summary>
public sealed record Betaalstand(DateOnly? Overgangsmaand, DateOnly? LaatsteDefinitief, DateOnly Sinds)
{
    /// <summary>The month the next run pays.</summary>
    public DateOnly? VolgendeMaand => LaatsteDefinitief?.AddMonths(1) ?? Overgangsmaand;

    /// <summary>Whether a definitive run paid <paramref name="maand"/> (from the overgang up to the last definitive run).</summary>
    public bool IsBetaald(DateOnly maand) => LaatsteDefinitief is { } laatste && maand <= laatste && !IsVoorOvergang(maand);

    public bool IsVoorOvergang(DateOnly maand) => Overgangsmaand is { } overgang && maand < overgang;
}
