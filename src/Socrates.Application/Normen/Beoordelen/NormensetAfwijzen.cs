using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Normen;

namespace Socrates.Application.Normen.Beoordelen;

/// <summary>A second Normbeheerder rejects a proposed set, with a reason.</summary>
[Vereist(Rol.Normbeheerder)]
public sealed record NormensetAfwijzen : ICommand<int>, IAuditOnderwerp
{
    public int Id { get; init; }

    public int Versie { get; init; }

    public string? Reden { get; init; }

    string IAuditOnderwerp.OnderwerpType => nameof(Normenset);

    string? IAuditOnderwerp.OnderwerpId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
