namespace Socrates.Application.Gemeenschappelijk;

/// <summary>The direction a list is sorted in on the server.</summary>
public enum Sorteerrichting
{
    Oplopend,
    Aflopend,
}
