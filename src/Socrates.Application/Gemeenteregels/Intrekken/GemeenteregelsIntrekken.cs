using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenteregels.Intrekken;

/// <summary>
/// A Beheerder withdraws a planned version (its ingangsdatum after today) of the own municipality's rules, with a reason.
/// The row stays in the history as "ingetrokken"; the series the rekenkern reads skips it. <see cref="Versie"/> is the
/// municipality's version the page showed.
/// </summary>
[Vereist(Rol.Beheerder)]
public sealed record GemeenteregelsIntrekken : ICommand<int>, IAuditOnderwerp
{
    public int Id { get; init; }

    public int Versie { get; init; }

    public string? Reden { get; init; }

    string IAuditOnderwerp.OnderwerpType => nameof(GemeenteInstellingen);

    string? IAuditOnderwerp.OnderwerpId => Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
