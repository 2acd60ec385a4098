namespace Socrates.Application.Werkvoorraad.Lijst;

public enum Sorteerrichting
{
    Oplopend,
    Aflopend,
}
