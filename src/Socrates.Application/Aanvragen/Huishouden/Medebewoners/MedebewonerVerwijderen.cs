using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Huishouden.Medebewoners;

public sealed record MedebewonerVerwijderen : AanvraagOpdracht, ICommand
{
    public int MedebewonerId { get; init; }
}
