using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Betaalruns.Lijst;

public sealed class BetaalrunLijstHandler(ISocratesDb db) : IQueryHandler<BetaalrunLijst, Pagina<BetaalrunRegelView>>
{
    public const int PerPagina = 12;

    public async ValueTask<Pagina<BetaalrunRegelView>> Handle(BetaalrunLijst query, CancellationToken cancellationToken)
    {
        var nummer = Paginering.Begrens(query.Pagina);
        var totaal = await db.Betaalruns.CountAsync(cancellationToken);
        var items = await db.Betaalruns.AsNoTracking().OrderByDescending(r => r.Maand).Skip((nummer - 1) * PerPagina).Take(PerPagina)
            .Select(r => new BetaalrunRegelView(r.Maand, r.Status, r.GestartOp, r.DefinitiefOp, r.AantalDelen))
            .ToListAsync(cancellationToken);
        return new Pagina<BetaalrunRegelView>(items, nummer, PerPagina, totaal);
    }
}
