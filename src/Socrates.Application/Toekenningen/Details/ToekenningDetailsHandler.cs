using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Application.Toekenningen.Details;

public sealed class ToekenningDetailsHandler(ISocratesDb db) : IQueryHandler<ToekenningDetails, ToekenningDetailsView?>
{
    public async ValueTask<ToekenningDetailsView?> Handle(ToekenningDetails query, CancellationToken cancellationToken)
    {
        if (await db.Toekenningen.AsNoTracking().SingleOrDefaultAsync(t => t.Id == query.Id, cancellationToken) is not { } toekenning)
        {
            return null;
        }

        var naam = await db.Personen.AsNoTracking().Where(p => p.Id == toekenning.AanvragerId)
            .Select(p => new { p.Voornamen, p.Voorvoegsel, p.Achternaam }).SingleAsync(cancellationToken);
        return new ToekenningDetailsView(toekenning, Persoon.Volledig(naam.Voornamen, naam.Voorvoegsel, naam.Achternaam));
    }
}
