using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Lijst;

/// <summary>One query for the rows (joined to the debtor's name), one for the count.</summary>
public sealed class TerugvorderingenLijstHandler(ISocratesDb db) : IQueryHandler<TerugvorderingenLijst, Pagina<TerugvorderingRegelView>>
{
    public async ValueTask<Pagina<TerugvorderingRegelView>> Handle(TerugvorderingenLijst query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var nummer = Paginering.Begrens(query.Pagina);
        var grootte = Paginering.StandaardGrootte;
        var vorderingen = TerugvorderingenSelectie.Filter(db, query);
        var totaal = await vorderingen.CountAsync(cancellationToken);
        var rijen = await TerugvorderingenSelectie.Rijen(db, vorderingen, query, ((nummer - 1) * grootte, grootte)).ToListAsync(cancellationToken);
        return new Pagina<TerugvorderingRegelView>([.. rijen.Select(TerugvorderingenSelectie.Regel)], nummer, grootte, totaal);
    }
}
