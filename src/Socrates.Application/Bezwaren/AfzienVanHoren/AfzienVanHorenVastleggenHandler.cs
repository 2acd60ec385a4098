using Mediator;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Bezwaren.AfzienVanHoren;

public sealed class AfzienVanHorenVastleggenHandler(ISocratesDb db) : ICommandHandler<AfzienVanHorenVastleggen>
{
    public async ValueTask<Unit> Handle(AfzienVanHorenVastleggen command, CancellationToken cancellationToken)
    {
        var bezwaar = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        bezwaar.AfzienVanHorenVastleggen(command.Grond!.Value, command.Toelichting!);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
