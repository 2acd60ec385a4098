using Mediator;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Gebruikers.Aanmaken;

public sealed class GebruikerAanmakenHandler(IGebruikers gebruikers, IHuidigeGebruiker gebruiker)
    : ICommandHandler<GebruikerAanmaken, string>
{
    public async ValueTask<string> Handle(GebruikerAanmaken command, CancellationToken cancellationToken) =>
        await gebruikers.AanmakenAsync(
            gebruiker.VereisteGemeente(),
            command.Email!.Trim(),
            command.Naam!.Trim(),
            command.Rol!,
            command.Wachtwoord!,
            cancellationToken);
}
