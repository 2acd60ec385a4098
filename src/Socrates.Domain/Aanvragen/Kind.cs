namespace Socrates.Domain.Aanvragen;

/// <summary>A child under 18 in the household (art. 4 lid 1 onder b Participatiewet).</summary>
public sealed class Kind
{
    private Kind()
    {
    }

    public Kind(string voornaam, DateOnly geboortedatum)
    {
        Voornaam = voornaam;
        Geboortedatum = geboortedatum;
    }

    public int Id { get; private set; }

    public string Voornaam { get; private set; } = "";

    public DateOnly Geboortedatum { get; private set; }
}
