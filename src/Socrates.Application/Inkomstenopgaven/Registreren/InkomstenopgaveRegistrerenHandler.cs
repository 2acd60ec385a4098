using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Inkomsten;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Inkomstenopgaven.Registreren;

/// <summary>
/// Checks the month against the toekenning (it ran in that month), the person against the household (a partner only when
/// there is one) and refuses a second opgave of the same employer for the same person and month: that one is corrected.
/// </summary>
public sealed class InkomstenopgaveRegistrerenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok)
    : ICommandHandler<InkomstenopgaveRegistreren, int>
{
    public async ValueTask<int> Handle(InkomstenopgaveRegistreren command, CancellationToken cancellationToken)
    {
        var toekenning = await db.Toekenningen.AsNoTracking().Where(t => t.Id == command.ToekenningId)
            .Select(t => new { t.Id, t.Gemeente, t.AanvragerId, t.AanvraagId, t.Status, t.Ingangsdatum, t.Einddatum })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NietGevondenException();
        if (toekenning.Status is not (ToekenningStatus.Actief or ToekenningStatus.Beeindigd))
        {
            throw new DomeinregelException("Een inkomstenopgave hoort bij een toekenning waarover is besloten.");
        }

        var maand = Maand.Lees(command.Maand!);
        if (maand.Laatste < toekenning.Ingangsdatum || (toekenning.Einddatum is { } einde && maand.Eerste > einde))
        {
            throw new DomeinregelException(
                $"De toekenning liep niet in {maand.Eerste:MM-yyyy}: een opgave kan over {Maand.Van(toekenning.Ingangsdatum).Eerste:MM-yyyy}"
                + (toekenning.Einddatum is { } e ? $" tot en met {Maand.Van(e).Eerste:MM-yyyy}." : " en later."));
        }

        if (command.Van == Gezinslid.Partner
            && !await db.Aanvragen.AnyAsync(a => a.Id == toekenning.AanvraagId && a.PartnerId != null, cancellationToken))
        {
            throw new DomeinregelException("Dit huishouden heeft geen partner: de opgave is van de aanvrager.");
        }

        var werkgever = command.Werkgever!.Trim();
        if (await db.Inkomstenopgaven.AnyAsync(
                o => o.ToekenningId == toekenning.Id && o.Maand == maand.Eerste && o.Van == command.Van && o.Werkgever == werkgever && !o.Vervangen,
                cancellationToken))
        {
            throw new DomeinregelException($"Er is al een opgave van {werkgever} over {maand.Eerste:MM-yyyy}: corrigeer die opgave in plaats van een tweede te registreren.");
        }

        var opgave = Inkomstenopgave.Registreren(
            toekenning.Gemeente, toekenning.Id, toekenning.AanvragerId, maand.Eerste, command.Gegevens(), gebruiker.VereistePersoon(), klok.GetUtcNow().UtcDateTime);
        db.Inkomstenopgaven.Add(opgave);
        await db.SaveChangesAsync(cancellationToken);
        return opgave.Id;
    }
}
