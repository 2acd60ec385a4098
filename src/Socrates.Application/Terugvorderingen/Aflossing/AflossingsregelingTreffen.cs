using Mediator;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Aflossing;

/// <summary>Agrees a monthly instalment; the municipality's formula proposes one, another amount needs a reason.</summary>
public sealed record AflossingsregelingTreffen : TerugvorderingOpdracht, ICommand
{
    public decimal? Maandbedrag { get; init; }

    public string? Reden { get; init; }
}
