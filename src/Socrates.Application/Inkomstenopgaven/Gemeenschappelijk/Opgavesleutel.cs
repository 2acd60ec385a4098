using Socrates.Domain.Aanvragen;

namespace Socrates.Application.Inkomstenopgaven.Gemeenschappelijk;

/// <summary>
/// One opgave per toekenning, month, person and employer: a second is a correction, not a new opgave. The employer is
/// compared without surrounding spaces and without regard to capitals ("Bakkerij X" and "bakkerij x" are one employer).
/// </summary>
public readonly record struct Opgavesleutel
{
    private Opgavesleutel(int toekenningId, DateOnly maand, Gezinslid van, string werkgever)
    {
        ToekenningId = toekenningId;
        Maand = maand;
        Van = van;
        Werkgever = werkgever;
    }

    public int ToekenningId { get; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Maand { get; }

    public Gezinslid Van { get; }

    /// <summary>Trimmed, in capitals: for comparing only.</summary>
    public string Werkgever { get; }

    public static Opgavesleutel Voor(int toekenningId, DateOnly maand, Gezinslid van, string werkgever)
    {
        ArgumentNullException.ThrowIfNull(werkgever);
        return new(toekenningId, Domain.Gemeenschappelijk.Maand.Van(maand).Eerste, van, werkgever.Trim().ToUpperInvariant());
    }
}
