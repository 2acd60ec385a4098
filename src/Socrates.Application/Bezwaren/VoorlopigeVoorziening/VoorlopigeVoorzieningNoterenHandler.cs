using Mediator;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Bezwaren.VoorlopigeVoorziening;

public sealed class VoorlopigeVoorzieningNoterenHandler(ISocratesDb db, TimeProvider klok) : ICommandHandler<VoorlopigeVoorzieningNoteren>
{
    public async ValueTask<Unit> Handle(VoorlopigeVoorzieningNoteren command, CancellationToken cancellationToken)
    {
        var bezwaar = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        bezwaar.VoorlopigeVoorzieningNoteren(command.AangevraagdOp!.Value, command.Uitkomst, klok.Vandaag());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
