using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Aanvragen;

/// <summary>A note in a dossier: who wrote what, when. Notes are never edited; a correction is a new note.</summary>
public sealed class Notitie : IGemeenteEigendom
{
    public const int MaximumLengte = 4000;

    private Notitie()
    {
    }

    public long Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    public int AanvraagId { get; private set; }

    public string Tekst { get; private set; } = "";

    public string AuteurId { get; private set; } = "";

    public string AuteurNaam { get; private set; } = "";

    /// <summary>UTC.</summary>
    public DateTime Tijdstip { get; private set; }

    public static Notitie Schrijf(GemeenteCode gemeente, int aanvraagId, string tekst, string auteurId, string auteurNaam, DateTime tijdstip)
    {
        if (string.IsNullOrWhiteSpace(tekst) || tekst.Trim().Length > MaximumLengte)
        {
            throw new DomeinregelException($"Een notitie heeft tekst, hoogstens {MaximumLengte} tekens.");
        }

        return new Notitie
        {
            Gemeente = gemeente, AanvraagId = aanvraagId, Tekst = tekst.Trim(), AuteurId = auteurId, AuteurNaam = auteurNaam, Tijdstip = tijdstip,
        };
    }
}
