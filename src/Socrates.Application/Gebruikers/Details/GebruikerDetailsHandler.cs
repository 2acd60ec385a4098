using Mediator;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Gebruikers.Details;

public sealed class GebruikerDetailsHandler(IGebruikers gebruikers, IHuidigeGebruiker gebruiker)
    : IQueryHandler<GebruikerDetails, GebruikerView?>
{
    public async ValueTask<GebruikerView?> Handle(GebruikerDetails query, CancellationToken cancellationToken) =>
        await gebruikers.DetailsAsync(gebruiker.VereisteGemeente(), query.Id, cancellationToken);
}
