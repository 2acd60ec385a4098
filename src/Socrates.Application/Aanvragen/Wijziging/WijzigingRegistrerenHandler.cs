using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Berekening;
using Socrates.Application.Audit;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Rekenkern;

namespace Socrates.Application.Aanvragen.Wijziging;

/// <summary>
/// Starts a wijziging as a copy of the household the running toekenning was decided on. One open wijziging per
/// toekenning: a second one waits until the first is decided, and the toekenning's version guards the race. Registered for a
/// herroeping in bezwaar, the bezwaar records the wijziging as the one that carries its replacing besluit.
/// </summary>
public sealed class WijzigingRegistrerenHandler(
    ISocratesDb db, IHuidigeGebruiker gebruiker, ILandelijkeNormen landelijkeNormen, AuditSchrijver audit, TimeProvider klok)
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

        var bezwaar = command.BezwaarId is { } bezwaarId ? await db.TeHerroepenAsync(bezwaarId, toekenning.AanvraagId, viaWijziging: true, cancellationToken) : null;
        var bron = await db.Aanvragen.AsNoTracking().AsSplitQuery().SingleAsync(a => a.Id == toekenning.AanvraagId, cancellationToken);
        var vandaag = klok.Vandaag();
        var datum = command.Soort == Wijzigingsoort.AowLeeftijd
            ? await AowDatumAsync(bron, toekenning.Ingangsdatum, vandaag, cancellationToken)
            : command.Wijzigingsdatum!.Value;
        var wijziging = Aanvraag.WijzigingRegistreren(
            bron, toekenning, datum, command.Soort!.Value, command.Omschrijving!,
            gebruiker.Id ?? throw new InvalidOperationException("Geen gebruiker."), vandaag);
        toekenning.WijzigingGeregistreerd();
        db.Aanvragen.Add(wijziging);
        await db.SaveChangesAsync(cancellationToken);
        if (bezwaar is not null)
        {
            audit.Starten(bezwaar, wijziging.Id);
            await db.SaveChangesAsync(cancellationToken);
        }

        return wijziging.Id;
    }

    /// <summary>
    /// Art. 47a lid 1: the day the aanvrager or the partner reaches the AOW age, from which the SVB is competent; at most
    /// <see cref="SvbBevoegdheid.SignaalMaanden"/> months ahead, and not before the toekenning began.
    /// </summary>
    private async Task<DateOnly> AowDatumAsync(Aanvraag bron, DateOnly ingang, DateOnly vandaag, CancellationToken cancellationToken)
    {
        var geboren = await db.GeboortedatumsAsync(bron, cancellationToken);
        var landelijk = await landelijkeNormen.OphalenAsync(cancellationToken);
        var vanaf = SvbBevoegdheid.Vanaf(geboren.Aanvrager, geboren.Partner, landelijk.AowLeeftijden);
        if (vanaf is null || vanaf > vandaag.AddMonths(SvbBevoegdheid.SignaalMaanden))
        {
            throw new DomeinregelException(
                $"Dit huishouden bereikt de AOW-leeftijd niet binnen {SvbBevoegdheid.SignaalMaanden} maanden{(vanaf is { } d ? $" (pas op {d:dd-MM-yyyy})" : "")}: " +
                "registreer de beëindiging wegens de AOW-leeftijd als die in zicht is.");
        }

        return vanaf.Value > ingang ? vanaf.Value : ingang;
    }
}
