using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Domain.Gemeenten;

/// <summary>The letterhead printed on a municipality's decision letters (beschikkingen).</summary>
public sealed record Briefhoofd(
    string Naam,
    string Bezoekadres,
    string Postadres,
    string Telefoon,
    string Website,
    string OndertekenaarNaam,
    string OndertekenaarFunctie)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
