using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Bezwaren.Registreren;

/// <summary>
/// Registers a bezwaar against one besluit of a person (Awb 6:4): when it came in, who lodged it and on what gronden. Whether
/// it is on time follows from the day the besluit was sent (Awb 6:7, 6:8).
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider, Rol.Bezwaarbehandelaar)]
public sealed record BezwaarRegistreren : ICommand<int>, IAuditOnderwerp, IEenmaligeOpdracht
{
    /// <summary>The form's own key: a second submit of the same form gets the first answer.</summary>
    public Guid? Formuliersleutel { get; init; }

    public int PersoonId { get; init; }

    /// <summary>The contested besluit's key: "A12" for aanvraag 12's besluit, "T7" for terugvordering or boete 7.</summary>
    public string? Besluit { get; init; }

    public DateOnly? Ontvangen { get; init; }

    public Indiener? Indiener { get; init; }

    public string? GemachtigdeNaam { get; init; }

    public string? Gronden { get; init; }

    /// <summary>An adviescommissie (Awb 7:13) hears the bezwaar: twelve weeks to decide.</summary>
    public bool Adviescommissie { get; init; }

    public string OnderwerpType => "Persoon";

    public string? OnderwerpId => PersoonId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
