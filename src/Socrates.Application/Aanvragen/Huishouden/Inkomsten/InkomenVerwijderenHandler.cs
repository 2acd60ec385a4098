using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Huishouden.Inkomsten;

public sealed class InkomenVerwijderenHandler(ISocratesDb db) : ICommandHandler<InkomenVerwijderen>
{
    public async ValueTask<Unit> Handle(InkomenVerwijderen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        aanvraag.InkomenVerwijderen(command.InkomenId);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
