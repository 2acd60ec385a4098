using Mediator;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Bezwaren.Verschoonbaarheid;

public sealed class VerschoonbaarheidBeoordelenHandler(ISocratesDb db) : ICommandHandler<VerschoonbaarheidBeoordelen>
{
    public async ValueTask<Unit> Handle(VerschoonbaarheidBeoordelen command, CancellationToken cancellationToken)
    {
        var bezwaar = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        bezwaar.VerschoonbaarheidBeoordelen(command.Verschoonbaar!.Value, command.Reden!);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
