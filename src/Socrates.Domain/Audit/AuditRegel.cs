using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Audit;

/// <summary>
/// One line of the audit trail: who did what, when, in which municipality (or none, for the cooperative's Normbeheerder), on which record, and how it ended.
/// It names records by type and id only: never a BSN, a name or an amount.
/// </summary>
public sealed class AuditRegel : IGemeenteEigendom
{
    private AuditRegel()
    {
    }

    public AuditRegel(
        DateTime tijdstip,
        GemeenteCode? gemeente,
        string? gebruikerId,
        string actie,
        string? entiteitType,
        string? entiteitId,
        AuditUitkomst uitkomst)
    {
        Tijdstip = tijdstip;
        Gemeente = gemeente;
        GebruikerId = gebruikerId;
        Actie = actie;
        EntiteitType = entiteitType;
        EntiteitId = entiteitId;
        Uitkomst = uitkomst;
    }

    public long Id { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime Tijdstip { get; private set; }

    /// <summary>Null for the work of a user of no municipality (a Normbeheerder): the national figures.</summary>
    public GemeenteCode? Gemeente { get; private set; }

    public string? GebruikerId { get; private set; }

    /// <summary>The request name, e.g. <c>AanvraagIndienen</c>, <c>Inloggen</c> or <c>DossierInzien</c>.</summary>
    public string Actie { get; private set; } = "";

    public string? EntiteitType { get; private set; }

    public string? EntiteitId { get; private set; }

    public AuditUitkomst Uitkomst { get; private set; }

    /// <summary>
    /// The command attempt's id (a random id, new for every retry) on its "Geslaagd" line, so that after a
    /// connection lost during the commit the command can ask the database whether its transaction went through; null on
    /// every other line.
    /// </summary>
    public Guid? Poging { get; private set; }

    /// <summary>Marks this line as the success of the command attempt <paramref name="poging"/>.</summary>
    public void PogingVastleggen(Guid poging) => Poging = poging;
}
