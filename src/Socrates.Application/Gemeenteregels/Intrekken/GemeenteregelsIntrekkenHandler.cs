using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Gemeenteregels.Intrekken;

/// <summary>
/// Marks a planned version as withdrawn (who, when, why) and raises the municipality's version, so two Beheerders working
/// from the same page cannot both act. A version that has started, or was withdrawn already, is refused in Dutch.
/// </summary>
public sealed class GemeenteregelsIntrekkenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok)
    : ICommandHandler<GemeenteregelsIntrekken, int>
{
    public async ValueTask<int> Handle(GemeenteregelsIntrekken command, CancellationToken cancellationToken)
    {
        var code = gebruiker.VereisteGemeente();
        var gemeente = await db.Gemeenten.SingleAsync(g => g.Code == code, cancellationToken);
        db.Entry(gemeente).Property(g => g.Versie).OriginalValue = command.Versie;
        var versie = await db.InstellingenVan(code).SingleOrDefaultAsync(v => v.Id == command.Id, cancellationToken)
            ?? throw new NietGevondenException();
        if (versie.IngetrokkenOp is not null)
        {
            throw new DomeinregelException("Deze versie is al ingetrokken.");
        }

        if (versie.GeldigVanaf <= klok.Vandaag())
        {
            throw new DomeinregelException(
                $"Deze versie geldt sinds {versie.GeldigVanaf:dd-MM-yyyy} en kan niet meer worden ingetrokken. Leg een nieuwe versie vast om haar te vervangen.");
        }

        gemeente.InstellingenGewijzigd();
        var regel = db.Entry(versie);
        regel.Property(v => v.IngetrokkenOp).CurrentValue = klok.GetUtcNow().UtcDateTime;
        regel.Property(v => v.IngetrokkenDoor).CurrentValue = gebruiker.Weergavenaam.Length > 200 ? gebruiker.Weergavenaam[..200] : gebruiker.Weergavenaam;
        regel.Property(v => v.IntrekkingsReden).CurrentValue = command.Reden!.Trim();
        await db.SaveChangesAsync(cancellationToken);
        return versie.Id;
    }
}
