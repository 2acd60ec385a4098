namespace Socrates.Domain.Bewaren;

/// <summary>One dossier on a vernietigingslijst: the person whose dossier it is, its date, and what became of it.</summary>
public sealed class VernietigingslijstRegel
{
    public const int MaximumReden = 1000;

    private VernietigingslijstRegel()
    {
    }

    internal VernietigingslijstRegel(int persoonId, DateOnly vernietigingsdatum)
    {
        PersoonId = persoonId;
        Vernietigingsdatum = vernietigingsdatum;
    }

    public int Id { get; private set; }

    public int PersoonId { get; private set; }

    public DateOnly Vernietigingsdatum { get; private set; }

    /// <summary>Set when the dossier was destroyed; the anonymised record is <see cref="VernietigdDossierId"/>.</summary>
    public DateOnly? VernietigdOp { get; private set; }

    public int? VernietigdDossierId { get; private set; }

    /// <summary>Why the dossier was not destroyed after all (a blocker that arose after approval). Names no person.</summary>
    public string? OvergeslagenReden { get; private set; }

    public bool IsAfgehandeld => VernietigdOp is not null || OvergeslagenReden is not null;

    internal void Vernietigd(int vernietigdDossierId, DateOnly op)
    {
        VernietigdDossierId = vernietigdDossierId;
        VernietigdOp = op;
    }

    internal void Overgeslagen(string reden) =>
        OvergeslagenReden = reden.Length > MaximumReden ? reden[..MaximumReden] : reden;
}
