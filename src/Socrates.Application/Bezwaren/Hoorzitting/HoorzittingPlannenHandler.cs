using Mediator;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Bezwaren.Hoorzitting;

public sealed class HoorzittingPlannenHandler(ISocratesDb db, TimeProvider klok) : ICommandHandler<HoorzittingPlannen>
{
    public async ValueTask<Unit> Handle(HoorzittingPlannen command, CancellationToken cancellationToken)
    {
        var bezwaar = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        bezwaar.HoorzittingPlannen(command.Datum!.Value, command.Plaats!, klok.Vandaag());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
