using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Inkomstenopgaven.Lijst;

namespace Socrates.Application.Inkomstenopgaven.Corrigeren;

public sealed class TeCorrigerenOpgaveHandler(ISocratesDb db, Opgavelijst lijst) : IQueryHandler<TeCorrigerenOpgave, TeCorrigerenOpgaveView?>
{
    public async ValueTask<TeCorrigerenOpgaveView?> Handle(TeCorrigerenOpgave query, CancellationToken cancellationToken)
    {
        var toekenning = await db.Inkomstenopgaven.AsNoTracking().Where(o => o.Id == query.OpgaveId).Select(o => (int?)o.ToekenningId)
            .SingleOrDefaultAsync(cancellationToken);
        if (toekenning is null || await lijst.LaadAsync(toekenning.Value, cancellationToken) is not { } view)
        {
            return null;
        }

        return new TeCorrigerenOpgaveView(view, view.Opgaven.Single(o => o.Id == query.OpgaveId));
    }
}
