using System.Globalization;
using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Terugvorderingen.Betalingen;

/// <summary>
/// A bank payment by a debtor, registered by hand: allocated to the claim the debtor designated, then to the oldest open
/// claim first (Awb 4:92). Each claim it reaches gets an aflossing movement with the bank's reference.
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record BetalingRegistreren : ICommand, IAuditOnderwerp, IEenmaligeOpdracht
{
    /// <summary>The form's own key: a second submit of the same form gets the first answer.</summary>
    public Guid? Formuliersleutel { get; init; }

    public int DebiteurId { get; init; }

    public DateOnly? Datum { get; init; }

    public decimal? Bedrag { get; init; }

    public string? Referentie { get; init; }

    /// <summary>The claim the debtor named in his payment, if any.</summary>
    public int? AangewezenTerugvorderingId { get; init; }

    public string OnderwerpType => "Persoon";

    public string? OnderwerpId => DebiteurId.ToString(CultureInfo.InvariantCulture);
}
