namespace Socrates.Domain.Aanvragen;

/// <summary>A document asked of the aanvrager (art. 53a Participatiewet), and when it came in.</summary>
public sealed class Bewijsstuk
{
    private Bewijsstuk()
    {
    }

    public Bewijsstuk(string omschrijving, DateOnly gevraagdOp)
    {
        Omschrijving = omschrijving;
        GevraagdOp = gevraagdOp;
    }

    public int Id { get; private set; }

    public string Omschrijving { get; private set; } = "";

    public DateOnly GevraagdOp { get; private set; }

    public DateOnly? OntvangenOp { get; private set; }

    public bool IsOntvangen => OntvangenOp is not null;

    internal void Ontvangen(DateOnly op) => OntvangenOp = op;
}
