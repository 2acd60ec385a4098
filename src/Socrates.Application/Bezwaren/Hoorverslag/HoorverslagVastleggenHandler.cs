using Mediator;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Bezwaren.Hoorverslag;

public sealed class HoorverslagVastleggenHandler(ISocratesDb db, TimeProvider klok) : ICommandHandler<HoorverslagVastleggen>
{
    public async ValueTask<Unit> Handle(HoorverslagVastleggen command, CancellationToken cancellationToken)
    {
        var bezwaar = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        bezwaar.HoorverslagVastleggen(command.Verslag!, klok.Vandaag());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
