using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Application.Aanvragen.Huishouden.Partner;

public sealed class PartnerVastleggenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker) : ICommandHandler<PartnerVastleggen>
{

    public async ValueTask<Unit> Handle(PartnerVastleggen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        var aanvrager = await db.Personen.AsNoTracking().SingleAsync(p => p.Id == aanvraag.AanvragerId, cancellationToken);
        var bsn = Bsn.Parse(command.Bsn!);
        var partner = await db.Personen.SingleOrDefaultAsync(p => p.Bsn == bsn, cancellationToken);
        if (partner is null)
        {
            var adres = command.ZelfdeAdres
                ? aanvrager.Adres with { }
                : PersoonInvoer.Adres(command.Straat!, command.Huisnummer!.Value, command.Toevoeging, command.Postcode!, command.Woonplaats!);
            partner = Persoon.Registreer(
                gebruiker.VereisteGemeente(), bsn, command.Voornamen!, command.Voorvoegsel, command.Achternaam!,
                command.Geboortedatum!.Value, adres, PersoonInvoer.Iban(command.Iban));
            db.Personen.Add(partner);
            await db.SaveChangesAsync(cancellationToken);                  // the partner's id; rolled back if a rule refuses below
        }
        else if (partner.Id != aanvraag.AanvragerId && partner.Id != aanvraag.PartnerId
                 && await db.Aanvragen.AnyAsync(
                     a => a.Id != aanvraag.Id && (a.AanvragerId == partner.Id || a.PartnerId == partner.Id) && AanvraagStatussen.Open.Contains(a.Status),
                     cancellationToken))
        {
            throw new DomeinregelException(
                $"Voor {partner.Naam} loopt al een andere aanvraag: iemand kan niet in twee huishoudens tegelijk bijstand aanvragen. " +
                "Trek die aanvraag eerst in of leg de partner daar vast.");
        }

        aanvraag.PartnerVastleggen(partner, command.Relatie!.Value, aanvrager.Geboortedatum);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
