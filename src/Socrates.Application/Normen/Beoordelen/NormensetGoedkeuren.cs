using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Normen;

namespace Socrates.Application.Normen.Beoordelen;

/// <summary>A second Normbeheerder approves a proposed set; <see cref="Versie"/> is the version the page showed.</summary>
[Vereist(Rol.Normbeheerder)]
public sealed record NormensetGoedkeuren : ICommand<int>, IAuditOnderwerp
{
    public int Id { get; init; }

    public int Versie { get; init; }

    string IAuditOnderwerp.OnderwerpType => nameof(Normenset);

    string? IAuditOnderwerp.OnderwerpId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
