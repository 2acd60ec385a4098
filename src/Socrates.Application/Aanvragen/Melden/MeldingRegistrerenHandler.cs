using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Melden;

public sealed class MeldingRegistrerenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok)
    : ICommandHandler<MeldingRegistreren, int>
{

    public async ValueTask<int> Handle(MeldingRegistreren command, CancellationToken cancellationToken)
    {
        var persoon = await db.Personen.SingleOrDefaultAsync(p => p.Id == command.PersoonId, cancellationToken)
            ?? throw new NietGevondenException();
        if (await db.Aanvragen.AnyAsync(a => (a.AanvragerId == persoon.Id || a.PartnerId == persoon.Id) && AanvraagStatussen.Open.Contains(a.Status), cancellationToken))
        {
            throw new DomeinregelException($"Voor {persoon.Naam} loopt al een aanvraag: werk die bij in plaats van een nieuwe melding.");
        }

        var aanvraag = Aanvraag.Melden(
            gebruiker.VereisteGemeente(), persoon.Id, persoon.Geboortedatum, command.Meldingsdatum!.Value, klok.Vandaag());
        db.Aanvragen.Add(aanvraag);
        await db.SaveChangesAsync(cancellationToken);
        return aanvraag.Id;
    }
}
