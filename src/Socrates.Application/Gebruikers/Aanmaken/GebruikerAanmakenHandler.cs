using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gebruikers.Aanmaken;

public sealed class GebruikerAanmakenHandler(IGebruikers gebruikers, IHuidigeGebruiker gebruiker)
    : ICommandHandler<GebruikerAanmaken, string>
{
    public async ValueTask<string> Handle(GebruikerAanmaken command, CancellationToken cancellationToken) =>
        await gebruikers.AanmakenAsync(
            command.Rol == Rol.Normbeheerder ? GeenGemeente() : gebruiker.VereisteGemeente(),
            command.Email!.Trim(),
            command.Naam!.Trim(),
            command.Rol!,
            command.Wachtwoord!,
            cancellationToken);

    /// <summary>A Normbeheerder is made by the operator (the command line without a gemeente), never by a gemeente.</summary>
    private GemeenteCode? GeenGemeente() => gebruiker.Gemeente is null
        ? null
        : throw new DomeinregelException("Een gemeente kan geen normbeheerder aanmaken: dat doet de beheerder van de coöperatie, zonder gemeente.");
}
