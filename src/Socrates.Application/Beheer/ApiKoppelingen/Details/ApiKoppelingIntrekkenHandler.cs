using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Beheer.ApiKoppelingen.Details;

public sealed class ApiKoppelingIntrekkenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok) : ICommandHandler<ApiKoppelingIntrekken>
{
    public async ValueTask<Unit> Handle(ApiKoppelingIntrekken command, CancellationToken cancellationToken)
    {
        var koppeling = await db.ApiKoppelingen.SingleOrDefaultAsync(k => k.Id == command.Id, cancellationToken) ?? throw new NietGevondenException();
        db.Entry(koppeling).Property(k => k.Versie).OriginalValue = command.Versie;
        koppeling.Intrekken(gebruiker.Weergavenaam, klok.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
