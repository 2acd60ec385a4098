namespace Socrates.Domain.Aanvragen;

/// <summary>What changed in the household of a running toekenning (reported under art. 17 lid 1 or found otherwise).</summary>
public enum Wijzigingsoort
{
    Inkomen,
    MedebewonerIn,
    MedebewonerUit,
    Partner,
    Adres,
    Overig,

    /// <summary>The aanvrager or the partner reaches the pensioengerechtigde leeftijd: the SVB becomes competent (art. 47a lid 1).</summary>
    AowLeeftijd,
}
