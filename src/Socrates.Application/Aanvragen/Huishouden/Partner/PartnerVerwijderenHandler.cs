using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Huishouden.Partner;

public sealed class PartnerVerwijderenHandler(ISocratesDb db) : ICommandHandler<PartnerVerwijderen>
{
    public async ValueTask<Unit> Handle(PartnerVerwijderen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        var aanvragerGeboren = await db.Personen.Where(p => p.Id == aanvraag.AanvragerId)
            .Select(p => p.Geboortedatum).SingleAsync(cancellationToken);
        aanvraag.PartnerVerwijderen(aanvragerGeboren);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
