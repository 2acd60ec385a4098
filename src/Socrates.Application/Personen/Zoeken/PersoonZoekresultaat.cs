using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Application.Personen.Zoeken;

/// <summary>One person in a list of search results.</summary>
public sealed record PersoonZoekresultaat(int Id, Bsn Bsn, string Naam, DateOnly Geboortedatum, string Adres)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
