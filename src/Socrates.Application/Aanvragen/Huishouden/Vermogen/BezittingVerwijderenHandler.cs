using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Huishouden.Vermogen;

public sealed class BezittingVerwijderenHandler(ISocratesDb db) : ICommandHandler<BezittingVerwijderen>
{
    public async ValueTask<Unit> Handle(BezittingVerwijderen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        aanvraag.BezittingVerwijderen(command.BezittingId);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
