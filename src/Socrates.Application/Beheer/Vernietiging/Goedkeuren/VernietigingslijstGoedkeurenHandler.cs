using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Beheer.Vernietiging.Goedkeuren;

public sealed class VernietigingslijstGoedkeurenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok)
    : ICommandHandler<VernietigingslijstGoedkeuren, int>
{
    public async ValueTask<int> Handle(VernietigingslijstGoedkeuren command, CancellationToken cancellationToken)
    {
        var lijst = await db.Vernietigingslijsten.SingleOrDefaultAsync(l => l.Id == command.Id, cancellationToken)
            ?? throw new NietGevondenException();
        db.Entry(lijst).Property(l => l.Versie).OriginalValue = command.Versie;
        lijst.Goedkeuren(gebruiker.Id ?? "", klok.Vandaag());
        await db.SaveChangesAsync(cancellationToken);
        return lijst.Id;
    }
}
