using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Huishouden.Medebewoners;

public sealed class MedebewonerToevoegenHandler(ISocratesDb db, TimeProvider klok) : ICommandHandler<MedebewonerToevoegen>
{
    public async ValueTask<Unit> Handle(MedebewonerToevoegen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        aanvraag.MedebewonerToevoegen(
            command.Naam!, command.Geboortedatum!.Value, command.FamilieTotTweedeGraad, command.Student,
            command.CommercieleOvereenkomst, command.OvereenkomstMetDerde, klok.Vandaag());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
