using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Personen.Wijzigen;

public sealed class PersoonWijzigenHandler(ISocratesDb db) : ICommandHandler<PersoonWijzigen>
{
    public async ValueTask<Unit> Handle(PersoonWijzigen command, CancellationToken cancellationToken)
    {
        var persoon = await db.Personen.SingleOrDefaultAsync(p => p.Id == command.PersoonId, cancellationToken)
            ?? throw new NietGevondenException();
        db.Entry(persoon).Property(p => p.Versie).OriginalValue = command.Versie;
        persoon.Wijzig(
            command.Voornamen!, command.Voorvoegsel, command.Achternaam!, command.Geboortedatum!.Value,
            PersoonInvoer.Adres(command.Straat!, command.Huisnummer!.Value, command.Toevoeging, command.Postcode!, command.Woonplaats!),
            PersoonInvoer.Iban(command.Iban));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
