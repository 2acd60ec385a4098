namespace Socrates.Application.Betaalruns.Uitvoeren;

/// <summary>
/// What every part of a month's run reads once (per worker): the municipality's overgangsmaand, the day its last
/// definitive run before this month was started, and the toekenningen (with their aanvrager) whose end was decided on or
/// after that day, which the look-back must visit (docs/betalingen.md).
/// </summary>
public sealed record Runstand(DateOnly? Overgangsmaand, DateOnly Sinds, ILookup<int, int> RecentBeeindigd)
{
    /// <summary>The aanvragers with a toekenning ended since the last definitive run started.</summary>
    public bool HeeftRecentBeeindigd(int aanvragerId) => RecentBeeindigd.Contains(aanvragerId);
}
