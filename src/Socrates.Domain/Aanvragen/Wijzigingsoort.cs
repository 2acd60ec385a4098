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
}
