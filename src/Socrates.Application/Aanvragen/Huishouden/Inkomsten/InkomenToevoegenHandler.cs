using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Geld;

namespace Socrates.Application.Aanvragen.Huishouden.Inkomsten;

public sealed class InkomenToevoegenHandler(ISocratesDb db) : ICommandHandler<InkomenToevoegen>
{
    public async ValueTask<Unit> Handle(InkomenToevoegen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        aanvraag.InkomenToevoegen(
            command.Van!.Value, command.Soort!.Value, Bedrag.Euro(command.NettoPerMaand!.Value), command.Vanaf!.Value, command.Tot);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
