using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Afzien;

/// <summary>Proposes to refrain from (further) recovery, art. 58 lid 7 or 8: an amount, a ground and a reason. A team lead decides.</summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record AfzienVoorstellen : TerugvorderingOpdracht, ICommand
{
    public decimal? Bedrag { get; init; }

    public AfzienGrond? Grond { get; init; }

    public string? Reden { get; init; }
}
