using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Toekenningen.Lijst;

/// <summary>One query for the rows (joined to the aanvrager's name), one for the count.</summary>
public sealed class ToekenningenLijstHandler(ISocratesDb db) : IQueryHandler<ToekenningenLijst, Pagina<ToekenningRegelView>>
{
    public async ValueTask<Pagina<ToekenningRegelView>> Handle(ToekenningenLijst query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var nummer = Paginering.Begrens(query.Pagina);
        var grootte = Paginering.StandaardGrootte;
        var toekenningen = ToekenningenSelectie.Filter(db, query);
        var totaal = await toekenningen.CountAsync(cancellationToken);
        var rijen = await ToekenningenSelectie.Rijen(db, toekenningen, query, ((nummer - 1) * grootte, grootte)).ToListAsync(cancellationToken);
        return new Pagina<ToekenningRegelView>([.. rijen.Select(ToekenningenSelectie.Regel)], nummer, grootte, totaal);
    }
}
