namespace Socrates.Domain.Indexeringen;

/// <summary>
/// One part of an indexering: the households whose latest toekenning has an id from <see cref="VanToekenningId"/> up to and
/// including <see cref="TotToekenningId"/>. Claimed by a worker with a lease, like a <see cref="Betalingen.BetaalrunDeel"/>;
/// a part whose worker stopped is claimed again once the lease expired, and its lines are written in one transaction
/// together with <see cref="Klaar"/>, so a part is written once or not at all.
/// </summary>
public sealed class IndexeringDeel
{
    private IndexeringDeel()
    {
    }

    public IndexeringDeel(int indexeringId, int volgnummer, int vanToekenningId, int totToekenningId)
    {
        IndexeringId = indexeringId;
        Volgnummer = volgnummer;
        VanToekenningId = vanToekenningId;
        TotToekenningId = totToekenningId;
    }

    public int Id { get; private set; }

    public int IndexeringId { get; private set; }

    public int Volgnummer { get; private set; }

    public int VanToekenningId { get; private set; }

    public int TotToekenningId { get; private set; }

    public bool Klaar { get; private set; }

    public string? Eigenaar { get; private set; }

    public DateTime? LeaseTot { get; private set; }

    public int Pogingen { get; private set; }

    public void Gedaan() => Klaar = true;
}
