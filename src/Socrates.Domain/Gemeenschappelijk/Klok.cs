namespace Socrates.Domain.Gemeenschappelijk;

/// <summary>Dates as a Dutch municipality sees them: today in Europe/Amsterdam, whatever the server's zone.</summary>
public static class Klok
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateOnly Vandaag(this TimeProvider klok)
    {
        ArgumentNullException.ThrowIfNull(klok);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(klok.GetUtcNow(), Amsterdam).DateTime);
    }

    public static DateTimeOffset InAmsterdam(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Amsterdam);

    /// <summary>The moment (UTC) a calendar day begins in Amsterdam, to select stored UTC times by Dutch date.</summary>
    public static DateTime BeginVanDagUtc(DateOnly dag) =>
        TimeZoneInfo.ConvertTimeToUtc(dag.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Amsterdam);
}
