using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Herberekening;

public sealed class WijzigingHerberekeningHandler(ISocratesDb db, HerberekeningMaker maker, TimeProvider klok)
    : IQueryHandler<WijzigingHerberekening, HerberekeningView?>
{
    public async ValueTask<HerberekeningView?> Handle(WijzigingHerberekening query, CancellationToken cancellationToken)
    {
        var wijziging = await db.Aanvragen.AsNoTracking().AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == query.AanvraagId && a.Soort == AanvraagSoort.Wijziging, cancellationToken);
        if (wijziging is null)
        {
            return null;
        }

        var vastgelegd = wijziging.Besluitvorming.Soort is not null;
        var maanden = vastgelegd ? wijziging.Herberekening : await maker.HerberekenAsync(wijziging, klok.Vandaag(), beeindiging: false, cancellationToken);
        return new HerberekeningView(
            wijziging.Id, wijziging.GewijzigdeToekenningId!.Value, wijziging.Wijziging.Datum!.Value, wijziging.Wijziging.Soort!.Value, wijziging.Wijziging.Omschrijving ?? "",
            [.. maanden.OrderBy(m => m.Maand)], vastgelegd, wijziging.Besluitvorming.Soort, wijziging.Status);
    }
}
