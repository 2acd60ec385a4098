namespace Socrates.Application.Terugvorderingen.Voorstellen;

/// <summary>One row of the form: a month (yyyy-MM, as an input of type month sends it) and the amount paid too much.</summary>
public sealed record MaandRegel
{
    public string? Maand { get; init; }

    public decimal? Bedrag { get; init; }

    public bool IsLeeg => string.IsNullOrWhiteSpace(Maand) && Bedrag is null;
}
