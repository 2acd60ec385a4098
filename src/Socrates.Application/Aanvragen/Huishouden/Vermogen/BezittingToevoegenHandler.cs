using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Geld;

namespace Socrates.Application.Aanvragen.Huishouden.Vermogen;

public sealed class BezittingToevoegenHandler(ISocratesDb db) : ICommandHandler<BezittingToevoegen>
{
    public async ValueTask<Unit> Handle(BezittingToevoegen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        aanvraag.BezittingToevoegen(command.Soort!.Value, command.Omschrijving!, Bedrag.Euro(command.Waarde!.Value));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
