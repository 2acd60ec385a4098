using Socrates.Domain.Geld;

namespace Socrates.Domain.Toekenningen;

/// <summary>One line of the calculation as it stood when the toekenning was proposed: a snapshot that never changes.</summary>
public sealed class ToekenningRegel
{
    private ToekenningRegel()
    {
    }

    public ToekenningRegel(int volgorde, string omschrijving, string artikel, Bedrag bedrag)
    {
        Volgorde = volgorde;
        Omschrijving = omschrijving;
        Artikel = artikel;
        Bedrag = bedrag;
    }

    public int Id { get; private set; }

    public int Volgorde { get; private set; }

    public string Omschrijving { get; private set; } = "";

    public string Artikel { get; private set; } = "";

    public Bedrag Bedrag { get; private set; }
}
