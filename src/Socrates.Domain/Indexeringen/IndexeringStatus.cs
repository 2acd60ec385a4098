namespace Socrates.Domain.Indexeringen;

/// <summary>Where the recalculation of a gemeente's toekenningen on a newly approved normenset stands.</summary>
public enum IndexeringStatus
{
    /// <summary>Parts are still being computed: no betaalrun of the gemeente may start meanwhile.</summary>
    Berekenen = 0,

    /// <summary>Every part is computed: the next betaalrun pays the nabetalingen.</summary>
    Klaar = 1,
}
