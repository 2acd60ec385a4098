using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Oninbaar;

public sealed class OninbaarVerklarenHandler(ISocratesDb db) : ICommandHandler<OninbaarVerklaren>
{
    public async ValueTask<Unit> Handle(OninbaarVerklaren command, CancellationToken cancellationToken)
    {
        var vordering = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        vordering.OninbaarVerklaren(command.Reden!);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
