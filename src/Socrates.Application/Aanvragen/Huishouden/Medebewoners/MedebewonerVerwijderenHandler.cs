using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Huishouden.Medebewoners;

public sealed class MedebewonerVerwijderenHandler(ISocratesDb db) : ICommandHandler<MedebewonerVerwijderen>
{
    public async ValueTask<Unit> Handle(MedebewonerVerwijderen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        aanvraag.MedebewonerVerwijderen(command.MedebewonerId);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
