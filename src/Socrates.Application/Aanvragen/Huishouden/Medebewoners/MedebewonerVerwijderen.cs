using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Aanvragen.Huishouden.Medebewoners;

[Vereist(Rol.Consulent)]
public sealed record MedebewonerVerwijderen : AanvraagOpdracht, ICommand
{
    public int MedebewonerId { get; init; }
}
