using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Application.Personen.Registreren;

public sealed class PersoonRegistrerenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker)
    : ICommandHandler<PersoonRegistreren, PersoonGeregistreerd>
{
    public async ValueTask<PersoonGeregistreerd> Handle(PersoonRegistreren command, CancellationToken cancellationToken)
    {
        var bsn = Bsn.Parse(command.Bsn!);
        var bestaand = await db.Personen.Where(p => p.Bsn == bsn).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken);
        if (bestaand is { } id)
        {
            return new PersoonGeregistreerd(id, BestondAl: true);
        }

        var persoon = Persoon.Registreer(
            gebruiker.VereisteGemeente(), bsn, command.Voornamen!, command.Voorvoegsel, command.Achternaam!, command.Geboortedatum!.Value,
            PersoonInvoer.Adres(command.Straat!, command.Huisnummer!.Value, command.Toevoeging, command.Postcode!, command.Woonplaats!),
            PersoonInvoer.Iban(command.Iban));
        db.Personen.Add(persoon);
        await db.SaveChangesAsync(cancellationToken);
        return new PersoonGeregistreerd(persoon.Id, BestondAl: false);
    }
}
