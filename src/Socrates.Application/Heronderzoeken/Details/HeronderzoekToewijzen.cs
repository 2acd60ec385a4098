using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Heronderzoeken.Details;

/// <summary>
/// A team lead gives an open heronderzoek to another consulent of the gemeente: caseload is spread over the team, and a
/// decided dossier has no open aanvraag to reassign it by (docs/heronderzoek.md).
/// </summary>
[Vereist(Rol.Teamleider)]
public sealed record HeronderzoekToewijzen : ICommand, IAuditOnderwerp
{
    public int Id { get; init; }

    public int Versie { get; init; }

    /// <summary>The Identity user id of the consulent who takes it over.</summary>
    public string? ConsulentId { get; init; }

    string IAuditOnderwerp.OnderwerpType => "Heronderzoek";

    string? IAuditOnderwerp.OnderwerpId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
