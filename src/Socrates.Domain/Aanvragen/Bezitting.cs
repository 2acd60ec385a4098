using Socrates.Domain.Geld;

namespace Socrates.Domain.Aanvragen;

/// <summary>A possession at its value in the economic traffic (art. 34 lid 1 onder a Participatiewet).</summary>
public sealed class Bezitting
{
    private Bezitting()
    {
    }

    public Bezitting(Bezittingsoort soort, string omschrijving, Bedrag waarde)
    {
        Soort = soort;
        Omschrijving = omschrijving;
        Waarde = waarde;
    }

    public int Id { get; private set; }

    public Bezittingsoort Soort { get; private set; }

    public string Omschrijving { get; private set; } = "";

    public Bedrag Waarde { get; private set; }
}
