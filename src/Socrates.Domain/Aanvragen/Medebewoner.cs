namespace Socrates.Domain.Aanvragen;

/// <summary>Someone else with his main residence in the same dwelling: perhaps a kostendeler (art. 19a Participatiewet).</summary>
public sealed class Medebewoner
{
    private Medebewoner()
    {
    }

    public Medebewoner(
        string naam, DateOnly geboortedatum, bool familieTotTweedeGraad, bool student, bool commercieleOvereenkomst, bool overeenkomstMetDerde = false)
    {
        Naam = naam;
        Geboortedatum = geboortedatum;
        FamilieTotTweedeGraad = familieTotTweedeGraad;
        Student = student;
        CommercieleOvereenkomst = commercieleOvereenkomst;
        OvereenkomstMetDerde = overeenkomstMetDerde;
    }

    public int Id { get; private set; }

    public string Naam { get; private set; } = "";

    public DateOnly Geboortedatum { get; private set; }

    /// <summary>A blood or in-law relative of the aanvrager in the first or second degree.</summary>
    public bool FamilieTotTweedeGraad { get; private set; }

    /// <summary>Follows education for which WSF 2000 or WTOS could exist (art. 19a lid 1 onder d).</summary>
    public bool Student { get; private set; }

    /// <summary>Lives there under a written agreement at a commercial price (art. 19a lid 1 onder b and c).</summary>
    public bool CommercieleOvereenkomst { get; private set; }

    /// <summary>
    /// That agreement is not with the aanvrager (onderdeel b) but with the same third party (landlord, hoofdhuurder,
    /// kostgever) with whom the aanvrager has a written agreement at a commercial price (onderdeel c).
    /// </summary>
    public bool OvereenkomstMetDerde { get; private set; }
}
