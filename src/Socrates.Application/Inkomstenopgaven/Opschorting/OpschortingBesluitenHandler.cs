using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Inkomsten;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Inkomstenopgaven.Opschorting;

/// <summary>
/// Checks that the month's opgave is really missing and due (the duty covers the month, the term passed, no opgave) and that
/// the household has no running opschorting; the hersteltermijn is the gemeente's rule.
/// </summary>
public sealed class OpschortingBesluitenHandler(ISocratesDb db, IGemeenteregels regels, IHuidigeGebruiker gebruiker, TimeProvider klok)
    : ICommandHandler<OpschortingBesluiten, int>
{
    public async ValueTask<int> Handle(OpschortingBesluiten command, CancellationToken cancellationToken)
    {
        var toekenning = await db.Toekenningen.AsNoTracking().Where(t => t.Id == command.ToekenningId)
            .Select(t => new { t.Gemeente, t.AanvragerId, t.Status, t.Ingangsdatum, t.Einddatum })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NietGevondenException();
        var vandaag = klok.Vandaag();
        var maand = Maand.Lees(command.Maand!).Eerste;
        var instellingen = await regels.OpAsync(toekenning.Gemeente, vandaag, cancellationToken);
        if (toekenning.Status != ToekenningStatus.Actief && toekenning.Status != ToekenningStatus.Beeindigd
            || toekenning.Ingangsdatum > maand.AddMonths(1).AddDays(-1) || toekenning.Einddatum < maand)
        {
            throw new DomeinregelException($"De toekenning liep niet in {maand:MM-yyyy}.");
        }

        var plicht = await db.Opgaveplichten.AsNoTracking().SingleOrDefaultAsync(p => p.AanvragerId == toekenning.AanvragerId, cancellationToken);
        if (plicht?.Omvat(maand) != true)
        {
            throw new DomeinregelException($"Dit huishouden hoeft over {maand:MM-yyyy} geen inkomstenopgave in te leveren.");
        }

        if (maand.AddMonths(1).AddDays(instellingen.OpgavetermijnDagen - 1) >= vandaag)
        {
            throw new DomeinregelException($"De termijn voor de opgave over {maand:MM-yyyy} loopt nog: opschorten kan pas daarna.");
        }

        if (await db.Inkomstenopgaven.AnyAsync(o => o.AanvragerId == toekenning.AanvragerId && o.Maand == maand && !o.Vervangen, cancellationToken))
        {
            throw new DomeinregelException($"De opgave over {maand:MM-yyyy} is er al: er is niets te herstellen.");
        }

        if (await db.Opschortingen.AnyAsync(o => o.AanvragerId == toekenning.AanvragerId && o.Status == OpschortingStatus.Opgeschort, cancellationToken))
        {
            throw new DomeinregelException("De bijstand van dit huishouden is al opgeschort; eerst moet die opschorting eindigen.");
        }

        var opschorting = Domain.Inkomsten.Opschorting.Besluiten(
            toekenning.Gemeente, toekenning.AanvragerId, command.ToekenningId, maand, instellingen.HersteltermijnOpgaveDagen, gebruiker.VereistePersoon(), vandaag);
        db.Opschortingen.Add(opschorting);
        await db.SaveChangesAsync(cancellationToken);
        return opschorting.Id;
    }
}
