using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Terugvorderingen.Aflossing;

/// <summary>
/// Agrees a monthly instalment; the municipality's formula proposes one on the debtor's current situation, another amount
/// needs a reason. <see cref="HuidigInkomen"/> (euros, net per month) is needed when the debtor has no running bijstand.
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record AflossingsregelingTreffen : TerugvorderingOpdracht, ICommand
{
    public decimal? Maandbedrag { get; init; }

    public string? Reden { get; init; }

    public decimal? HuidigInkomen { get; init; }
}
