using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Indexeringen.Uitvoeren;

public sealed class IndexeringAfrondenHandler(ISocratesDb db, TimeProvider klok) : ICommandHandler<IndexeringAfronden, bool>
{
    public async ValueTask<bool> Handle(IndexeringAfronden command, CancellationToken cancellationToken)
    {
        var indexering = await db.Indexeringen.SingleOrDefaultAsync(i => i.Id == command.IndexeringId, cancellationToken) ?? throw new NietGevondenException();
        if (await db.IndexeringDelen.AnyAsync(d => d.IndexeringId == indexering.Id && !d.Klaar, cancellationToken))
        {
            return false;
        }

        indexering.Afgerond(klok.GetUtcNow().UtcDateTime);
        return true;
    }
}
