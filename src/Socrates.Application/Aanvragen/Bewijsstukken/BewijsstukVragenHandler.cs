using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Bewijsstukken;

public sealed class BewijsstukVragenHandler(ISocratesDb db, TimeProvider klok) : ICommandHandler<BewijsstukVragen>
{
    public async ValueTask<Unit> Handle(BewijsstukVragen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        aanvraag.BewijsstukVragen(command.Omschrijving!, command.GevraagdOp!.Value, klok.Vandaag());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
