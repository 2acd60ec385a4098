using Socrates.Domain.Geld;

namespace Socrates.Domain.Aanvragen;

/// <summary>Net monthly income of the aanvrager or the partner over a period (art. 32 Participatiewet).</summary>
public sealed class Inkomen
{
    private Inkomen()
    {
    }

    public Inkomen(Gezinslid van, Inkomstensoort soort, Bedrag nettoPerMaand, DateOnly vanaf, DateOnly? tot)
    {
        Van = van;
        Soort = soort;
        NettoPerMaand = nettoPerMaand;
        Vanaf = vanaf;
        Tot = tot;
    }

    public int Id { get; private set; }

    public Gezinslid Van { get; private set; }

    public Inkomstensoort Soort { get; private set; }

    public Bedrag NettoPerMaand { get; private set; }

    public DateOnly Vanaf { get; private set; }

    /// <summary>The last day, or null while it goes on.</summary>
    public DateOnly? Tot { get; private set; }
}
