using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenteregels.Voorstellen;

/// <summary>
/// A Beheerder decides on an open proposal for new rules: approve (never one's own) records the version; reject (or
/// withdraw one's own) records nothing. <see cref="Versie"/> is the proposal's version the page showed.
/// </summary>
[Vereist(Rol.Beheerder)]
public sealed record GemeenteregelsVoorstelBeoordelen : ICommand<int?>, IAuditOnderwerp
{
    public int Id { get; init; }

    public int Versie { get; init; }

    public bool? Goedkeuren { get; init; }

    string IAuditOnderwerp.OnderwerpType => nameof(InstellingenVoorstel);

    string? IAuditOnderwerp.OnderwerpId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
