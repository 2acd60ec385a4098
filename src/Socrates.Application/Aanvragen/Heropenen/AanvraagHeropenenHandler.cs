using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Audit;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Heropenen;

/// <summary>
/// Reopens the aanvraag or wijziging for the bezwaar's herroeping, in one transaction with the bezwaar's link to it and a note
/// on the dossier. Refused while the person has another running aanvraag (or the toekenning another running wijziging): one
/// besluit at a time decides the same months.
/// </summary>
public sealed class AanvraagHeropenenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, AuditSchrijver audit, TimeProvider klok)
    : ICommandHandler<AanvraagHeropenen>
{
    public async ValueTask<Unit> Handle(AanvraagHeropenen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        var bezwaar = await db.TeHerroepenAsync(command.BezwaarId, aanvraag.Id, viaWijziging: false, cancellationToken);
        var anderOpen = aanvraag.IsWijziging
            ? db.Aanvragen.Where(a => a.GewijzigdeToekenningId == aanvraag.GewijzigdeToekenningId)
            : db.Aanvragen.Where(a => a.AanvragerId == aanvraag.AanvragerId && a.Soort == AanvraagSoort.Aanvraag);
        if (await anderOpen.AnyAsync(a => a.Id != aanvraag.Id && AanvraagStatussen.Open.Contains(a.Status), cancellationToken))
        {
            throw new DomeinregelException(aanvraag.IsWijziging
                ? "Voor deze toekenning loopt een andere wijziging: handel die eerst af."
                : "Voor deze persoon loopt een andere aanvraag: handel die eerst af, of trek haar in.");
        }

        var door = gebruiker.Id ?? throw new InvalidOperationException("Geen gebruiker.");
        aanvraag.HeropenenNaHerroeping(door, klok.Vandaag());
        audit.Starten(bezwaar, aanvraag.Id);
        db.Notities.Add(Notitie.Schrijf(
            aanvraag.Gemeente, aanvraag.Id,
            $"Opnieuw in behandeling: het besluit is herroepen bij beslissing op bezwaar {bezwaar.Kenmerk} (Awb 7:11 lid 2). Stel het besluit voor dat ervoor in de plaats komt.",
            door, gebruiker.Weergavenaam, klok.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
