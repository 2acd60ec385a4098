using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Gebruikers.Herstellink;

/// <summary>
/// A password link only for an account that has no password yet (a new one): the Beheerder sees the link, so for a
/// colleague who has a password it would let him set that password himself and act as the colleague (separation of
/// duties). A forgotten password goes through the operator's <c>socrates gebruiker herstellink</c>.
/// </summary>
public sealed class HerstellinkMakenHandler(IGebruikers gebruikers, IHuidigeGebruiker gebruiker)
    : ICommandHandler<HerstellinkMaken, Herstellink>
{
    public const string HeeftWachtwoord =
        "Deze gebruiker heeft al een wachtwoord. Een link die u ziet, zou u zelf kunnen gebruiken; bij een vergeten wachtwoord " +
        "maakt de applicatiebeheerder de link met 'socrates gebruiker herstellink' (functiescheiding).";

    public async ValueTask<Herstellink> Handle(HerstellinkMaken command, CancellationToken cancellationToken)
    {
        var gemeente = gebruiker.VereisteGemeente();
        var account = await gebruikers.DetailsAsync(gemeente, command.Id, cancellationToken) ?? throw new NietGevondenException();
        if (account.HeeftWachtwoord)
        {
            throw new DomeinregelException(HeeftWachtwoord);
        }

        return new(command.Id, await gebruikers.HerstelTokenAsync(gemeente, command.Id, cancellationToken));
    }
}
