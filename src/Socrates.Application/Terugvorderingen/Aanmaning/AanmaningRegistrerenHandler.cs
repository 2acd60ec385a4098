using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Aanmaning;

public sealed class AanmaningRegistrerenHandler(ISocratesDb db) : ICommandHandler<AanmaningRegistreren>
{
    public async ValueTask<Unit> Handle(AanmaningRegistreren command, CancellationToken cancellationToken)
    {
        var vordering = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        vordering.AanmaningRegistreren(command.Datum!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
