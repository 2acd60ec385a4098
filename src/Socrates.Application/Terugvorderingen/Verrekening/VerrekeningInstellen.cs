using Mediator;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Verrekening;

/// <summary>Sets the instalment withheld from the monthly bijstand (art. 60), at most what the beslagvrije voet leaves; € 0 stops it.</summary>
public sealed record VerrekeningInstellen : TerugvorderingOpdracht, ICommand
{
    public decimal? Maandbedrag { get; init; }
}
