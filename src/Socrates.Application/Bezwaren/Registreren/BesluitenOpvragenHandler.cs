using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Application.Bezwaren.Registreren;

public sealed class BesluitenOpvragenHandler(ISocratesDb db) : IQueryHandler<BesluitenOpvragen, BesluitenView?>
{
    public async ValueTask<BesluitenView?> Handle(BesluitenOpvragen query, CancellationToken cancellationToken)
    {
        var persoon = await db.Personen.AsNoTracking().Where(p => p.Id == query.PersoonId)
            .Select(p => new { p.Voornamen, p.Voorvoegsel, p.Achternaam }).SingleOrDefaultAsync(cancellationToken);
        return persoon is null
            ? null
            : new BesluitenView(query.PersoonId, Persoon.Volledig(persoon.Voornamen, persoon.Voorvoegsel, persoon.Achternaam),
                await Bezwaarbesluiten.VanPersoonAsync(db, query.PersoonId, cancellationToken));
    }
}
