namespace Socrates.Domain.Terugvorderingen;

/// <summary>Why money is owed: art. 58 lid 1 (must: inlichtingenplicht), lid 2 a–f (may), or a bestuurlijke boete (art. 18a).</summary>
public enum Terugvorderingsgrond
{
    Lid1Inlichtingenplicht,
    Lid2aAnderszinsTeHoog,
    Lid2bLening,
    Lid2cBorgtocht,
    Lid2dVoorschot,
    Lid2eRedelijkerwijsBegrijpen,
    Lid2fAnderszinsOnverschuldigd,
    Boete,
}
