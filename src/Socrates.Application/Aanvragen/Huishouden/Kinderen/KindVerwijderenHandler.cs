using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Huishouden.Kinderen;

public sealed class KindVerwijderenHandler(ISocratesDb db) : ICommandHandler<KindVerwijderen>
{
    public async ValueTask<Unit> Handle(KindVerwijderen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        aanvraag.KindVerwijderen(command.KindId);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
