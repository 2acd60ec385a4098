using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Bewijsstukken;

public sealed class BewijsstukOntvangenHandler(ISocratesDb db, TimeProvider klok) : ICommandHandler<BewijsstukOntvangen>
{
    public async ValueTask<Unit> Handle(BewijsstukOntvangen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        aanvraag.BewijsstukOntvangen(command.BewijsstukId, command.OntvangenOp!.Value, klok.Vandaag());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
