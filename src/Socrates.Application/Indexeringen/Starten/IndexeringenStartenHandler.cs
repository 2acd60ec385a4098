using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Indexeringen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Indexeringen.Starten;

public sealed class IndexeringenStartenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok)
    : ICommandHandler<IndexeringenStarten, IReadOnlyList<int>>
{
    public async ValueTask<IReadOnlyList<int>> Handle(IndexeringenStarten command, CancellationToken cancellationToken)
    {
        var gemeente = gebruiker.VereisteGemeente();
        var nu = klok.GetUtcNow().UtcDateTime;
        var gestart = new List<Indexering>();
        foreach (var behoefte in await Indexeringsbehoefte.BepaalAsync(db, gemeente, cancellationToken))
        {
            if (Indexering.Starten(gemeente, behoefte.NormensetId, behoefte.Van, behoefte.Tot, nu) is not { } indexering)
            {
                continue;
            }

            db.Indexeringen.Add(indexering);
            await db.SaveChangesAsync(cancellationToken);

            // The parts cover every toekenning id (the first from 1, the last to the highest there can be): a household is
            // computed by the part holding its latest toekenning that ran in the months, which thus lies in exactly one part.
            var einde = Maand.Van(behoefte.Tot).Laatste;
            var ids = await db.Toekenningen.AsNoTracking()
                .Where(t => (t.Status == ToekenningStatus.Actief || t.Status == ToekenningStatus.Beeindigd)
                            && t.Ingangsdatum <= einde && (t.Einddatum == null || t.Einddatum >= behoefte.Van))
                .OrderBy(t => t.Id).Select(t => t.Id).ToListAsync(cancellationToken);
            var grenzen = ids.Chunk(command.Deelgrootte).Select(deel => deel[^1]).ToList();
            var delen = grenzen
                .Select((tot, i) => new IndexeringDeel(indexering.Id, i + 1, i == 0 ? 1 : grenzen[i - 1] + 1, i == grenzen.Count - 1 ? int.MaxValue : tot))
                .DefaultIfEmpty(new IndexeringDeel(indexering.Id, 1, 1, int.MaxValue)).ToList();
            db.IndexeringDelen.AddRange(delen);
            indexering.DelenVastgesteld(delen.Count);
            gestart.Add(indexering);
        }

        await db.SaveChangesAsync(cancellationToken);
        return [.. gestart.Select(i => i.Id)];
    }
}
