using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Huishouden.Partner;

/// <summary>
/// Records the aanvrager's echtgenoot (art. 3 Participatiewet). A BSN the municipality knows links that person; an
/// unknown BSN registers the partner with the name, birth date and address given here, in the same transaction.
/// </summary>
[Vereist(Rol.Consulent)]
public sealed record PartnerVastleggen : AanvraagOpdracht, ICommand
{
    public PartnerRelatie? Relatie { get; init; }

    public string? Bsn { get; init; }

    public string? Voornamen { get; init; }

    public string? Voorvoegsel { get; init; }

    public string? Achternaam { get; init; }

    public DateOnly? Geboortedatum { get; init; }

    public string? Iban { get; init; }

    /// <summary>The partner lives at the aanvrager's address; otherwise the address fields below are needed.</summary>
    public bool ZelfdeAdres { get; init; } = true;

    public string? Straat { get; init; }

    public int? Huisnummer { get; init; }

    public string? Toevoeging { get; init; }

    public string? Postcode { get; init; }

    public string? Woonplaats { get; init; }

    /// <summary>Only the message name: the properties hold a BSN and a name, which must never reach a log line.</summary>
    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
