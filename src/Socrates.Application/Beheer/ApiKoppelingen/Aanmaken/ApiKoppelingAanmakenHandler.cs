using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.ApiKoppelingen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Beheer.ApiKoppelingen.Aanmaken;

public sealed class ApiKoppelingAanmakenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok)
    : ICommandHandler<ApiKoppelingAanmaken, ApiKoppelingAangemaakt>
{
    public async ValueTask<ApiKoppelingAangemaakt> Handle(ApiKoppelingAanmaken command, CancellationToken cancellationToken)
    {
        var naam = command.Naam!.Trim();
        if (await db.ApiKoppelingen.AnyAsync(k => k.Naam == naam, cancellationToken))
        {
            throw new DomeinregelException($"Er is al een koppeling met de naam '{naam}': kies een andere naam.");
        }

        var (sleutel, prefix, hash) = ApiSleutel.Maak();
        var koppeling = ApiKoppeling.Aanmaken(
            gebruiker.VereisteGemeente(), naam, command.Rol!, command.Rechten!, prefix, hash, gebruiker.Weergavenaam, klok.GetUtcNow().UtcDateTime);
        db.ApiKoppelingen.Add(koppeling);
        await db.SaveChangesAsync(cancellationToken);
        return new ApiKoppelingAangemaakt(koppeling.Id, sleutel);
    }
}
