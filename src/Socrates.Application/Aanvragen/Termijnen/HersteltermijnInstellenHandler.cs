using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Termijnen;

public sealed class HersteltermijnInstellenHandler(ISocratesDb db, TimeProvider klok) : ICommandHandler<HersteltermijnInstellen>
{
    public async ValueTask<Unit> Handle(HersteltermijnInstellen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        aanvraag.HersteltermijnInstellen(command.Vanaf!.Value, command.Tot!.Value, klok.Vandaag());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
