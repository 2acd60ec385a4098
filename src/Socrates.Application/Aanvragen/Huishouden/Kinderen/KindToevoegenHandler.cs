using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Huishouden.Kinderen;

public sealed class KindToevoegenHandler(ISocratesDb db, TimeProvider klok) : ICommandHandler<KindToevoegen>
{
    public async ValueTask<Unit> Handle(KindToevoegen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        aanvraag.KindToevoegen(command.Voornaam!, command.Geboortedatum!.Value, klok.Vandaag());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
