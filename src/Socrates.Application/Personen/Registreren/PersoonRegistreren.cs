using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Personen.Registreren;

/// <summary>
/// Registers a citizen in the signed-in user's municipality. A BSN that is already known opens that person instead
/// of creating a second one.
/// </summary>
[Vereist(Rol.Consulent)]
public sealed record PersoonRegistreren : ICommand<PersoonGeregistreerd>, IAuditOnderwerp, IEenmaligeOpdracht
{
    /// <summary>The form's own key: a second submit of the same form gets the first answer.</summary>
    public Guid? Formuliersleutel { get; init; }

    public string? Bsn { get; init; }

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

    string? IAuditOnderwerp.OnderwerpId => null;

    /// <summary>Only the message name: the properties hold a BSN and a name, which must never reach a log line.</summary>
    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
