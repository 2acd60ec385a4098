namespace Socrates.Domain.Gemeenten;

/// <summary>
/// Data that belongs to one member municipality. Every query is limited to the signed-in user's municipality
/// by a global query filter, and saving a row of another municipality is refused.
/// </summary>
public interface IGemeenteEigendom
{
    GemeenteCode Gemeente { get; }
}
