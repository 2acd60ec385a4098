namespace Socrates.Domain.Personen;

/// <summary>A Dutch residential address. Stored with its person (a complex type, no identity of its own).</summary>
public sealed record Adres(string Straat, int Huisnummer, string? Toevoeging, Postcode Postcode, string Woonplaats)
{
    public string Regel1 => $"{Straat} {Huisnummer}{(string.IsNullOrEmpty(Toevoeging) ? "" : "-" + Toevoeging)}";

    public string Regel2 => $"{Postcode}  {Woonplaats}";

    public override string ToString() => $"{Regel1}, {Regel2}";
}
