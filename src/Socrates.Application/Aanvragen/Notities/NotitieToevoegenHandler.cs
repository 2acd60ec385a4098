using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;

namespace Socrates.Application.Aanvragen.Notities;

public sealed class NotitieToevoegenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok)
    : ICommandHandler<NotitieToevoegen>
{
    public async ValueTask<Unit> Handle(NotitieToevoegen command, CancellationToken cancellationToken)
    {
        if (!await db.Aanvragen.AnyAsync(a => a.Id == command.AanvraagId, cancellationToken))
        {
            throw new NietGevondenException();
        }

        db.Notities.Add(Notitie.Schrijf(
            gebruiker.VereisteGemeente(), command.AanvraagId, command.Tekst!, gebruiker.Id ?? "", gebruiker.Weergavenaam,
            klok.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
