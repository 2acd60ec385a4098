using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Geld;

namespace Socrates.Application.Aanvragen.Huishouden.Woonsituatie;

public sealed class WoonsituatieVastleggenHandler(ISocratesDb db) : ICommandHandler<WoonsituatieVastleggen>
{
    public async ValueTask<Unit> Handle(WoonsituatieVastleggen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        aanvraag.WoonsituatieVastleggen(command.Woonsituatie!.Value, Bedrag.Euro(command.Woonkosten!.Value));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
