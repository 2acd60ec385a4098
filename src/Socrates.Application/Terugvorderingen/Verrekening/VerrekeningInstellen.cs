using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Terugvorderingen.Verrekening;

/// <summary>Sets the instalment withheld from the monthly bijstand (art. 60), at most what the beslagvrije voet leaves; € 0 stops it.</summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record VerrekeningInstellen : TerugvorderingOpdracht, ICommand
{
    public decimal? Maandbedrag { get; init; }
}
