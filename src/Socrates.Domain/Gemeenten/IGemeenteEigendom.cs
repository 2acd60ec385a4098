namespace Socrates.Domain.Gemeenten;

/// <summary>
/// Data that belongs to one member municipality. Every query is limited to the signed-in user's municipality
/// by a global query filter, and saving a row of another municipality is refused. Only the audit trail and the form
/// keys have rows of no municipality (those of a Normbeheerder, who belongs to none); only a user of no municipality sees them.
/// </summary>
public interface IGemeenteEigendom
{
    GemeenteCode? Gemeente { get; }
}
