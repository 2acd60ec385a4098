using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Terugvorderingen;

/// <summary>The debtor as the beschikking addresses him, copied in when the claim is decided.</summary>
public sealed record Geadresseerde(string Naam, string Aanhef, string AdresRegel1, string AdresRegel2)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
