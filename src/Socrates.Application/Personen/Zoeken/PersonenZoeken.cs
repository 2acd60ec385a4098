using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Personen.Zoeken;

/// <summary>
/// Finds persons of the signed-in user's municipality by BSN, by (the start of) the achternaam, by postcode with
/// huisnummer, or by geboortedatum; criteria combine. A BSN is searched exactly; the achternaam through its search key
/// (<see cref="Domain.Personen.Zoeknamen"/>), so case, diacritics and tussenvoegsels ("de Jong", "Jong, de") do not matter.
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record PersonenZoeken : IQuery<Pagina<PersoonZoekresultaat>>
{
    public string? Bsn { get; init; }

    public string? Achternaam { get; init; }

    public string? Postcode { get; init; }

    public int? Huisnummer { get; init; }

    public DateOnly? Geboortedatum { get; init; }

    public int? Pagina { get; init; }

    public bool HeeftCriteria =>
        !string.IsNullOrWhiteSpace(Bsn) || !string.IsNullOrWhiteSpace(Achternaam) || !string.IsNullOrWhiteSpace(Postcode)
        || Huisnummer is not null || Geboortedatum is not null;

    /// <summary>Only the message name: the properties hold a BSN and a name, which must never reach a log line.</summary>
    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
