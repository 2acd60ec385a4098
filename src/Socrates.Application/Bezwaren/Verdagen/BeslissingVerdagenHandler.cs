using Mediator;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Bezwaren.Verdagen;

public sealed class BeslissingVerdagenHandler(ISocratesDb db, TimeProvider klok) : ICommandHandler<BeslissingVerdagen>
{
    public async ValueTask<Unit> Handle(BeslissingVerdagen command, CancellationToken cancellationToken)
    {
        var bezwaar = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        bezwaar.Verdagen(command.Reden!, klok.Vandaag());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
