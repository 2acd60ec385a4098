namespace Socrates.Application.Gemeenteregels.Doorrekenen;

/// <summary>
/// The proof that a doorrekening was run: a token only the server can issue for a <see cref="Doorrekeningsinhoud"/>, and
/// the check that a token belongs to one. Saving a new version demands a token of exactly its values.
/// </summary>
public interface IDoorrekeningsbewijs
{
    string Geef(string inhoud);

    bool Klopt(string? bewijs, string inhoud);
}
