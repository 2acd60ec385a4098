using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Inkomstenopgaven.Opgaveplicht;

/// <summary>Creates or changes the household's one opgaveplicht; the first month lies within the bijstand.</summary>
public sealed class OpgaveplichtVastleggenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok) : ICommandHandler<OpgaveplichtVastleggen>
{
    public async ValueTask<Unit> Handle(OpgaveplichtVastleggen command, CancellationToken cancellationToken)
    {
        var toekenning = await db.Toekenningen.AsNoTracking().Where(t => t.Id == command.ToekenningId)
            .Select(t => new { t.Gemeente, t.AanvragerId, t.Status, t.Ingangsdatum })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NietGevondenException();
        if (toekenning.Status != ToekenningStatus.Actief)
        {
            throw new DomeinregelException("Een opgaveplicht hoort bij een lopende toekenning.");
        }

        var vanaf = Maand.Lees(command.Vanaf!).Eerste;
        if (vanaf < Maand.Van(toekenning.Ingangsdatum).Eerste)
        {
            throw new DomeinregelException($"De opgaveplicht begint niet vóór de bijstand ({Maand.Van(toekenning.Ingangsdatum).Eerste:MM-yyyy}).");
        }

        DateOnly? tot = string.IsNullOrWhiteSpace(command.Tot) ? null : Maand.Lees(command.Tot).Eerste;
        var nu = klok.GetUtcNow().UtcDateTime;
        var plicht = await db.Opgaveplichten.SingleOrDefaultAsync(p => p.AanvragerId == toekenning.AanvragerId, cancellationToken);
        if (plicht is null)
        {
            db.Opgaveplichten.Add(Domain.Inkomsten.Opgaveplicht.Instellen(toekenning.Gemeente, toekenning.AanvragerId, vanaf, tot, gebruiker.VereistePersoon(), nu));
        }
        else
        {
            db.Entry(plicht).Property(p => p.Versie).OriginalValue = command.Versie;
            plicht.Wijzigen(vanaf, tot, gebruiker.VereistePersoon(), nu);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
