namespace Socrates.Application.Normen.Voorstellen;

/// <summary>One row of the AOW-age table as entered: the year of reaching it and the age in years and months.</summary>
public sealed record AowLeeftijdInvoer
{
    public int? Jaar { get; init; }

    public int? Jaren { get; init; }

    public int? Maanden { get; init; }
}
