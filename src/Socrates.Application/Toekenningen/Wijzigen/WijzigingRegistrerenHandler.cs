using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Toekenningen.Wijzigen;

/// <summary>
/// Starts a wijziging as a copy of the household the running toekenning was decided on. One open wijziging per
/// toekenning: a second one waits until the first is decided, and the toekenning's version guards the race.
/// </summary>
public sealed class WijzigingRegistrerenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok)
    : ICommandHandler<WijzigingRegistreren, int>
{
    public async ValueTask<int> Handle(WijzigingRegistreren command, CancellationToken cancellationToken)
    {
        var toekenning = await db.Toekenningen.SingleOrDefaultAsync(t => t.Id == command.ToekenningId, cancellationToken)
            ?? throw new NietGevondenException();
        db.Entry(toekenning).Property(t => t.Versie).OriginalValue = command.Versie;
        var open = await db.Aanvragen.AnyAsync(
            a => a.GewijzigdeToekenningId == toekenning.Id && AanvraagStatussen.Open.Contains(a.Status), cancellationToken);
        if (open)
        {
            throw new DomeinregelException("Voor deze toekenning loopt al een wijziging. Handel die eerst af, of neem deze wijziging daarin mee.");
        }

        var bron = await db.Aanvragen.AsNoTracking().AsSplitQuery().SingleAsync(a => a.Id == toekenning.AanvraagId, cancellationToken);
        var wijziging = Aanvraag.WijzigingRegistreren(
            bron, toekenning, command.Wijzigingsdatum!.Value, command.Soort!.Value, command.Omschrijving!,
            gebruiker.Id ?? throw new InvalidOperationException("Geen gebruiker."), klok.Vandaag());
        toekenning.WijzigingGeregistreerd();
        db.Aanvragen.Add(wijziging);
        await db.SaveChangesAsync(cancellationToken);
        return wijziging.Id;
    }
}
