namespace Socrates.Domain.Inkomsten;

public enum OpschortingStatus
{
    /// <summary>The right is suspended: the betaalrun holds the household's payments from <see cref="Opschorting.Maand"/>.</summary>
    Opgeschort,

    /// <summary>The opgave came in: the suspension ended and the next run pays what was held.</summary>
    Hersteld,

    /// <summary>The hersteltermijn passed and the toekenning was withdrawn from the first day of the suspension (art. 54 lid 4).</summary>
    Ingetrokken,
}
