using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Bezwaren.Registreren;

public sealed class BezwaarRegistrerenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok) : ICommandHandler<BezwaarRegistreren, int>
{
    public async ValueTask<int> Handle(BezwaarRegistreren command, CancellationToken cancellationToken)
    {
        if (!await db.Personen.AnyAsync(p => p.Id == command.PersoonId, cancellationToken))
        {
            throw new NietGevondenException();
        }

        var keuze = (await Bezwaarbesluiten.VanPersoonAsync(db, command.PersoonId, cancellationToken))
            .SingleOrDefault(k => k.Sleutel == command.Besluit)
            ?? throw new DomeinregelException("Kies een besluit van deze persoon dat is genomen.");
        var bezwaar = Bezwaar.Registreren(
            gebruiker.VereisteGemeente(), command.PersoonId, keuze.Besluit, command.Ontvangen!.Value, command.Indiener!.Value, command.GemachtigdeNaam,
            command.Gronden!, command.Adviescommissie, gebruiker.VereistePersoon(), klok.Vandaag());
        db.Bezwaren.Add(bezwaar);
        await db.SaveChangesAsync(cancellationToken);
        return bezwaar.Id;
    }
}
