namespace Socrates.Domain.ApiKoppelingen;

/// <summary>
/// What an API-koppeling may do: an area of the API and an action on it, written "gebied:actie" (e.g. "aanvragen:schrijven").
/// A koppeling holds a list of them; an endpoint names the one it needs (docs/api.md). Reading never implies writing.
/// </summary>
public static class ApiRecht
{
    public const string Lezen = "lezen";
    public const string Schrijven = "schrijven";

    /// <summary>The areas of the API, as in its routes (/api/v1/{gebied}).</summary>
    public static IReadOnlyList<string> Gebieden { get; } = ["personen", "aanvragen", "berekening", "toekenningen", "terugvorderingen", "betaalruns", "beoordelingen"];

    /// <summary>Every right there is, in a fixed order: each area's lezen, then its schrijven.</summary>
    public static IReadOnlyList<string> Alle { get; } = [.. Gebieden.SelectMany(g => new[] { Van(g, Lezen), Van(g, Schrijven) })];

    public static string Van(string gebied, string actie) => $"{gebied}:{actie}";

    public static bool Bestaat(string? recht) => recht is not null && Alle.Contains(recht, StringComparer.Ordinal);

    /// <summary>How the beheer page names a right.</summary>
    public static string Omschrijving(string recht)
    {
        ArgumentNullException.ThrowIfNull(recht);
        var delen = recht.Split(':');
        var gebied = delen[0] switch
        {
            "personen" => "Personen",
            "aanvragen" => "Meldingen en aanvragen",
            "berekening" => "Berekening (rekenkern)",
            "toekenningen" => "Toekenningen",
            "terugvorderingen" => "Terugvorderingen",
            "betaalruns" => "Betaalruns",
            "beoordelingen" => "Beoordelingen van de teamleider",
            _ => delen[0],
        };
        return delen.Length == 2 ? $"{gebied}: {(delen[1] == Schrijven ? "schrijven" : "lezen")}" : recht;
    }
}
