using Mediator;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.DwangsomVaststellen;

public sealed class DwangsomVoorstellenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok) : ICommandHandler<DwangsomVoorstellen>
{
    public async ValueTask<Unit> Handle(DwangsomVoorstellen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        aanvraag.DwangsomVoorstellen(gebruiker.VereistePersoon(), klok.Vandaag());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
