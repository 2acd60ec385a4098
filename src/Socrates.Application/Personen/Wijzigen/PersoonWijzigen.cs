using System.Globalization;
using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Personen.Wijzigen;

/// <summary>
/// Corrects a person's name, birth date, address or IBAN. The BSN is the person's identity and cannot change here;
/// <see cref="Versie"/> is the version the form showed.
/// </summary>
[Vereist(Rol.Consulent)]
public sealed record PersoonWijzigen : ICommand, IAuditOnderwerp
{
    public int PersoonId { get; init; }

    public int Versie { get; init; }

    public string? Voornamen { get; init; }

    public string? Voorvoegsel { get; init; }

    public string? Achternaam { get; init; }

    public DateOnly? Geboortedatum { get; init; }

    public string? Straat { get; init; }

    public int? Huisnummer { get; init; }

    public string? Toevoeging { get; init; }

    public string? Postcode { get; init; }

    public string? Woonplaats { get; init; }

    public string? Iban { get; init; }

    string IAuditOnderwerp.OnderwerpType => "Persoon";

    string? IAuditOnderwerp.OnderwerpId => PersoonId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Only the message name: the properties hold a name, which must never reach a log line.</summary>
    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
