using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Aflossing;

/// <summary>The same situation and formula as <see cref="AflossingsregelingTreffenHandler"/>, so page and decision agree.</summary>
public sealed class AflossingsvoorbereidingHandler(ISocratesDb db, IGemeenteregels regels, ILandelijkeNormen landelijkeNormen, TimeProvider klok)
    : IQueryHandler<Aflossingsvoorbereiding, AflossingsvoorbereidingView?>
{
    public async ValueTask<AflossingsvoorbereidingView?> Handle(Aflossingsvoorbereiding query, CancellationToken cancellationToken)
    {
        var vordering = await db.Terugvorderingen.AsNoTracking().SingleOrDefaultAsync(t => t.Id == query.TerugvorderingId, cancellationToken);
        if (vordering is null)
        {
            return null;
        }

        var vandaag = klok.Vandaag();
        var nu = await regels.OpAsync(vordering.Gemeente, vandaag, cancellationToken);
        var grondslag = await Aflossingsgrondslag.LaadAsync(
            db, vordering, nu, await landelijkeNormen.OphalenAsync(cancellationToken), vandaag, AflossingsregelingTreffenHandler.Inkomen(query.HuidigInkomen), cancellationToken);
        return new AflossingsvoorbereidingView(
            grondslag, grondslag.Inkomen is { } inkomen ? Aflossingsvoorstel.Van(grondslag.Norm, inkomen, nu) : null);
    }
}
