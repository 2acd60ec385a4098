using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Gemeenten;

/// <summary>
/// A new version of a municipality's rules that waits for a second Beheerder (setting <c>VierOgenInstellingen</c>).
/// It takes effect only when someone other than the proposer approves it; until then the versions table is untouched.
/// <see cref="Inhoud"/> holds the proposed values as the application wrote them (JSON); the domain does not read it.
/// </summary>
public sealed class InstellingenVoorstel : IGemeenteEigendom, IVersieBeheerd
{
    private InstellingenVoorstel()
    {
    }

    public int Id { get; private set; }

    public GemeenteCode Gemeente { get; private set; } = null!;

    public DateOnly GeldigVanaf { get; private set; }

    public string Toelichting { get; private set; } = "";

    public string Inhoud { get; private set; } = "";

    public string VoorgesteldDoorId { get; private set; } = "";

    public string VoorgesteldDoor { get; private set; } = "";

    /// <summary>UTC.</summary>
    public DateTime VoorgesteldOp { get; private set; }

    public VoorstelStatus Status { get; private set; }

    public string? BeoordeeldDoor { get; private set; }

    /// <summary>UTC.</summary>
    public DateTime? BeoordeeldOp { get; private set; }

    /// <summary>The id of the version this proposal became, once approved.</summary>
    public int? VersieId { get; private set; }

    public int Versie { get; private set; }

    public static InstellingenVoorstel Indienen(
        GemeenteCode gemeente, DateOnly geldigVanaf, string toelichting, string inhoud, string doorId, string door, DateTime op) => new()
    {
        Gemeente = gemeente, GeldigVanaf = geldigVanaf, Toelichting = toelichting, Inhoud = inhoud,
        VoorgesteldDoorId = doorId, VoorgesteldDoor = door, VoorgesteldOp = op, Status = VoorstelStatus.Open,
    };

    /// <summary>A second Beheerder approves: never the proposer, and never after the date it was meant to apply from.</summary>
    public void Goedkeuren(string doorId, string door, DateTime op, DateOnly vandaag)
    {
        VereisOpen();
        if (string.Equals(doorId, VoorgesteldDoorId, StringComparison.Ordinal))
        {
            throw new DomeinregelException("U kunt uw eigen voorstel niet goedkeuren: dat doet een andere beheerder.");
        }

        if (GeldigVanaf < vandaag)
        {
            throw new DomeinregelException(
                $"Dit voorstel zou gelden vanaf {GeldigVanaf:dd-MM-yyyy}; die datum is voorbij en een versie geldt nooit met terugwerkende kracht. Wijs het af en stel een nieuwe versie voor.");
        }

        Status = VoorstelStatus.Goedgekeurd;
        BeoordeeldDoor = door;
        BeoordeeldOp = op;
        Versie++;
    }

    /// <summary>The version the approval recorded.</summary>
    public void Vastgelegd(int versieId) => VersieId = versieId;

    /// <summary>Rejected by a second Beheerder, or withdrawn by the proposer.</summary>
    public void Afwijzen(string door, DateTime op)
    {
        VereisOpen();
        Status = VoorstelStatus.Afgewezen;
        BeoordeeldDoor = door;
        BeoordeeldOp = op;
        Versie++;
    }

    private void VereisOpen()
    {
        if (Status != VoorstelStatus.Open)
        {
            throw new DomeinregelException("Over dit voorstel is al beslist.");
        }
    }
}
