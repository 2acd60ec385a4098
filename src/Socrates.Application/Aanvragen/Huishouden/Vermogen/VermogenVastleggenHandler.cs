using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Geld;

namespace Socrates.Application.Aanvragen.Huishouden.Vermogen;

public sealed class VermogenVastleggenHandler(ISocratesDb db) : ICommandHandler<VermogenVastleggen>
{
    public async ValueTask<Unit> Handle(VermogenVastleggen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        aanvraag.VermogenVastleggen(
            Bedrag.Euro(command.Schulden!.Value),
            command.WozWaarde is { } woz ? Bedrag.Euro(woz) : null,
            command.Hypotheek is { } hypotheek ? Bedrag.Euro(hypotheek) : null);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
