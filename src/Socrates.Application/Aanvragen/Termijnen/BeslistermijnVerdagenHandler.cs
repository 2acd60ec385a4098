using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Termijnen;

public sealed class BeslistermijnVerdagenHandler(ISocratesDb db, TimeProvider klok) : ICommandHandler<BeslistermijnVerdagen>
{
    public async ValueTask<Unit> Handle(BeslistermijnVerdagen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        aanvraag.Verdagen(command.NieuweDatum!.Value, command.Reden!, klok.Vandaag());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
