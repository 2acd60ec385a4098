using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Gemeenteregels.Voorstellen;

/// <summary>
/// Approval inserts the proposed values as a new version (named after both Beheerders) and raises the municipality's
/// version; rejection only closes the proposal. A proposal of another municipality is not found.
/// </summary>
public sealed class GemeenteregelsVoorstelBeoordelenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok)
    : ICommandHandler<GemeenteregelsVoorstelBeoordelen, int?>
{
    public async ValueTask<int?> Handle(GemeenteregelsVoorstelBeoordelen command, CancellationToken cancellationToken)
    {
        var voorstel = await db.InstellingenVoorstellen.SingleOrDefaultAsync(v => v.Id == command.Id, cancellationToken)
            ?? throw new NietGevondenException();
        db.Entry(voorstel).Property(v => v.Versie).OriginalValue = command.Versie;
        var nu = klok.GetUtcNow().UtcDateTime;
        if (command.Goedkeuren != true)
        {
            voorstel.Afwijzen(gebruiker.Weergavenaam, nu);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        voorstel.Goedkeuren(gebruiker.Id ?? "", gebruiker.Weergavenaam, nu, klok.Vandaag());
        var code = gebruiker.VereisteGemeente();
        var gemeente = await db.Gemeenten.SingleAsync(g => g.Code == code, cancellationToken);
        gemeente.InstellingenGewijzigd();
        var door = $"{voorstel.VoorgesteldDoor}, goedgekeurd door {gebruiker.Weergavenaam}";
        var versie = voorstel.Voorgesteld() with { VastgesteldDoor = door.Length > 200 ? door[..200] : door, VastgesteldOp = nu };
        db.InstellingenVan(code).Add(versie);
        await db.SaveChangesAsync(cancellationToken);
        voorstel.Vastgelegd(versie.Id);
        await db.SaveChangesAsync(cancellationToken);
        return versie.Id;
    }
}
