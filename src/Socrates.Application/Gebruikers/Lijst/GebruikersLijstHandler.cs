using Mediator;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Gebruikers.Lijst;

public sealed class GebruikersLijstHandler(IGebruikers gebruikers, IHuidigeGebruiker gebruiker)
    : IQueryHandler<GebruikersLijst, Pagina<GebruikerRegel>>
{
    public async ValueTask<Pagina<GebruikerRegel>> Handle(GebruikersLijst query, CancellationToken cancellationToken) =>
        await gebruikers.LijstAsync(gebruiker.VereisteGemeente(), Paginering.Begrens(query.Pagina), Paginering.StandaardGrootte, cancellationToken);
}
