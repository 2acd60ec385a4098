using Mediator;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Verrekening;

public sealed class VerrekeningenVerschuldigdHandler(ISocratesDb db, IGemeenteregels regels)
    : IQueryHandler<VerrekeningenVerschuldigd, VerrekeningenView?>
{
    public async ValueTask<VerrekeningenView?> Handle(VerrekeningenVerschuldigd query, CancellationToken cancellationToken)
    {
        var maand = new DateOnly(query.Maand.Year, query.Maand.Month, 1);
        return await Verrekeningsplan.MaakAsync(db, regels, query.ToekenningId, maand, volgen: false, cancellationToken) is { } plan
            ? new VerrekeningenView(plan.Ruimte.Voet, plan.Ruimte.Ruimte, [.. plan.Posten.Select(p => new VerrekeningPost(p.Vordering.Id, p.Bedrag))])
            : null;
    }
}
