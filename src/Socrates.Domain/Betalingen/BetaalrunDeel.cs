namespace Socrates.Domain.Betalingen;

/// <summary>
/// One part of a proefrun: the toekenningen with an id from <see cref="VanToekenningId"/> up to and including
/// <see cref="TotToekenningId"/>. A worker claims it with a lease (<see cref="Eigenaar"/> until <see cref="LeaseTot"/>);
/// a part whose worker died is claimed again once the lease has expired.
/// </summary>
public sealed class BetaalrunDeel
{
    private BetaalrunDeel()
    {
    }

    public BetaalrunDeel(int betaalrunId, int volgnummer, int vanToekenningId, int totToekenningId)
    {
        BetaalrunId = betaalrunId;
        Volgnummer = volgnummer;
        VanToekenningId = vanToekenningId;
        TotToekenningId = totToekenningId;
    }

    public int Id { get; private set; }

    public int BetaalrunId { get; private set; }

    public int Volgnummer { get; private set; }

    public int VanToekenningId { get; private set; }

    public int TotToekenningId { get; private set; }

    public bool Klaar { get; private set; }

    public string? Eigenaar { get; private set; }

    public DateTime? LeaseTot { get; private set; }

    /// <summary>How often a worker claimed this part: more than once means a worker stopped or was too slow.</summary>
    public int Pogingen { get; private set; }
}
