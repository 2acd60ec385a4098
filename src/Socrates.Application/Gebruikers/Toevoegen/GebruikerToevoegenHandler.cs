using Mediator;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Gebruikers.Toevoegen;

public sealed class GebruikerToevoegenHandler(IGebruikers gebruikers, IHuidigeGebruiker gebruiker)
    : ICommandHandler<GebruikerToevoegen, GebruikerToegevoegd>
{
    public async ValueTask<GebruikerToegevoegd> Handle(GebruikerToevoegen command, CancellationToken cancellationToken)
    {
        var gemeente = gebruiker.VereisteGemeente();
        var id = await gebruikers.ToevoegenAsync(
            gemeente, command.Email!.Trim(), command.Naam!.Trim(), [.. command.Rollen!.Distinct(StringComparer.Ordinal)], cancellationToken);
        return new GebruikerToegevoegd(id, await gebruikers.HerstelTokenAsync(gemeente, id, cancellationToken));
    }
}
