using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Verrekening;

public sealed class VerrekeningenVerschuldigdHandler(ISocratesDb db, IGemeenteregels regels)
    : IQueryHandler<VerrekeningenVerschuldigd, VerrekeningenView?>
{
    public async ValueTask<VerrekeningenView?> Handle(VerrekeningenVerschuldigd query, CancellationToken cancellationToken)
    {
        var maand = Maand.Van(query.Maand).Eerste;
        return await Verrekeningsplan.MaakAsync(db, regels, query.ToekenningId, maand, volgen: false, cancellationToken) is { } plan
            ? new VerrekeningenView(plan.Ruimte.Voet, plan.Ruimte.Ruimte, [.. plan.Posten.Select(p => new VerrekeningPost(p.Vordering.Id, p.Bedrag))])
            : null;
    }
}
