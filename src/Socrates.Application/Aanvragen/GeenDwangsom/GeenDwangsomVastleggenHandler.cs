using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.GeenDwangsom;

public sealed class GeenDwangsomVastleggenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker) : ICommandHandler<GeenDwangsomVastleggen>
{
    public async ValueTask<Unit> Handle(GeenDwangsomVastleggen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        aanvraag.GeenDwangsomVastleggen(command.Grond!.Value, command.Toelichting!, gebruiker.VereistePersoon());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
