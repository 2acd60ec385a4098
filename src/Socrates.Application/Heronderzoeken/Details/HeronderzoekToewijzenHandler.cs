using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Heronderzoeken;

namespace Socrates.Application.Heronderzoeken.Details;

public sealed class HeronderzoekToewijzenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, IGebruikers gebruikers) : ICommandHandler<HeronderzoekToewijzen>
{
    public async ValueTask<Unit> Handle(HeronderzoekToewijzen command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var heronderzoek = await db.Heronderzoeken.SingleOrDefaultAsync(h => h.Id == command.Id, cancellationToken) ?? throw new NietGevondenException();
        db.Entry(heronderzoek).Property(h => h.Versie).OriginalValue = command.Versie;
        if (heronderzoek.Status != HeronderzoekStatus.Open)
        {
            throw new DomeinregelException("Dit heronderzoek is afgerond; alleen een open heronderzoek gaat naar een andere consulent.");
        }

        if (!await gebruikers.IsConsulentAsync(gebruiker.VereisteGemeente(), command.ConsulentId!, cancellationToken))
        {
            throw new DomeinregelException("Aan deze medewerker kunt u geen heronderzoek toewijzen: kies een consulent of teamleider van uw gemeente.");
        }

        heronderzoek.ConsulentWijzigen(command.ConsulentId!);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
