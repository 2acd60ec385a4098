using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Indexeringen;

namespace Socrates.Application.Indexeringen.Uitvoeren;

public sealed class IndexeringDeelOpslaanHandler(ISocratesDb db, IIndexeringsregelsSchrijver schrijver, IndexeringTerugvorderingen terugvorderingen) : ICommandHandler<IndexeringDeelOpslaan>
{
    public async ValueTask<Unit> Handle(IndexeringDeelOpslaan command, CancellationToken cancellationToken)
    {
        var indexering = await db.Indexeringen.AsNoTracking().SingleOrDefaultAsync(i => i.Id == command.IndexeringId, cancellationToken)
            ?? throw new NietGevondenException();
        if (indexering.Status != IndexeringStatus.Berekenen)
        {
            throw new DomeinregelException("Deze indexering wordt niet meer berekend.");
        }

        var afgerond = await db.IndexeringDelen
            .Where(d => d.Id == command.DeelId && d.IndexeringId == indexering.Id && d.Eigenaar == command.Eigenaar && !d.Klaar)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Klaar, true).SetProperty(d => d.LeaseTot, (DateTime?)null), cancellationToken);
        if (afgerond == 0)
        {
            throw new DomeinregelException("Dit deel van de indexering is intussen door een andere verwerker overgenomen.");
        }

        await schrijver.SchrijfAsync(command.Regels, cancellationToken);
        await terugvorderingen.VoorstellenAsync(indexering, command.Regels, cancellationToken);
        return Unit.Value;
    }
}
