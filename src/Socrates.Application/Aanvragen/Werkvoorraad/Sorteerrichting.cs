namespace Socrates.Application.Aanvragen.Werkvoorraad;

public enum Sorteerrichting
{
    Oplopend,
    Aflopend,
}
