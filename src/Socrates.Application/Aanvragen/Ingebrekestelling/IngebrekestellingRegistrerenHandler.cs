using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Ingebrekestelling;

public sealed class IngebrekestellingRegistrerenHandler(ISocratesDb db, TimeProvider klok) : ICommandHandler<IngebrekestellingRegistreren>
{
    public async ValueTask<Unit> Handle(IngebrekestellingRegistreren command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        aanvraag.IngebrekestellingRegistreren(command.OntvangenOp!.Value, klok.Vandaag());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
