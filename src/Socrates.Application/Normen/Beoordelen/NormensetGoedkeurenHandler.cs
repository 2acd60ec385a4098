using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Normen;

namespace Socrates.Application.Normen.Beoordelen;

/// <summary>Approval by another Normbeheerder; afterwards <see cref="NormenVersie"/> moves so a cache of the figures is rebuilt.</summary>
public sealed class NormensetGoedkeurenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok, NormenVersie versie)
    : ICommandHandler<NormensetGoedkeuren, int>
{
    public async ValueTask<int> Handle(NormensetGoedkeuren command, CancellationToken cancellationToken)
    {
        var set = await NormensetLader.LaadAsync(db, command.Id, command.Versie, cancellationToken);
        var goedgekeurd = await db.Normensets.Where(n => n.Status == NormensetStatus.Goedgekeurd)
            .Select(n => n.Ingangsdatum).ToListAsync(cancellationToken);
        set.Goedkeuren(gebruiker.Id ?? "", gebruiker.Weergavenaam, klok.GetUtcNow().UtcDateTime, goedgekeurd);
        await db.SaveChangesAsync(cancellationToken);
        versie.Verhoog();
        return set.Id;
    }
}
