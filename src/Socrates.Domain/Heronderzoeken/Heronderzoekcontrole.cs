namespace Socrates.Domain.Heronderzoeken;

/// <summary>What the consulent checked in a heronderzoek, and what he found, in his words.</summary>
public sealed record Heronderzoekcontrole(bool Huishouden, bool Inkomen, bool Vermogen, bool Adres, string? Bevindingen)
{
    public bool Volledig => Huishouden && Inkomen && Vermogen && Adres;

    public override string ToString() => Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
