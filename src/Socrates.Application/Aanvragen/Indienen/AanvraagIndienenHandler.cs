using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Indienen;

public sealed class AanvraagIndienenHandler(ISocratesDb db, TimeProvider klok) : ICommandHandler<AanvraagIndienen>
{
    public async ValueTask<Unit> Handle(AanvraagIndienen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        var geboren = await db.Personen.Where(p => p.Id == aanvraag.AanvragerId || p.Id == aanvraag.PartnerId)
            .Select(p => new { p.Id, p.Geboortedatum }).ToListAsync(cancellationToken);
        aanvraag.Indienen(
            command.Ontvangstdatum!.Value,
            geboren.Single(p => p.Id == aanvraag.AanvragerId).Geboortedatum,
            geboren.SingleOrDefault(p => p.Id == aanvraag.PartnerId)?.Geboortedatum,
            command.ZoektermijnUitzondering,
            command.UitzonderingReden,
            klok.Vandaag());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
