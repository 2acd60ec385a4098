using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Audit;
using Socrates.Application.Aanvragen.Beschikkingen;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Aanvragen.Herberekening;
using Socrates.Application.Aanvragen.Wijziging;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Audit;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Aanvragen.Besluit;

/// <summary>
/// Approves (the toekenning takes effect, the beschikking is made) or sends back a proposed besluit. Approving a toekenning
/// while requested bewijsstukken are missing carries the team lead's reason, and the audit trail says so. A besluit that
/// replaces one herroepen in bezwaar completes that bezwaar's herroeping.
/// </summary>
public sealed class BesluitBeoordelenHandler(
    ISocratesDb db, IHuidigeGebruiker gebruiker, IGemeenteregels regels, HerberekeningMaker herberekening, AuditSchrijver audit, TimeProvider klok)
    : ICommandHandler<BesluitBeoordelen>
{
    public async ValueTask<Unit> Handle(BesluitBeoordelen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        var id = gebruiker.Id ?? throw new InvalidOperationException("Geen gebruiker.");
        var toekenning = aanvraag.Besluitvorming.Soort == Besluitsoort.Toegekend
            ? await db.Toekenningen.SingleOrDefaultAsync(
                t => t.AanvraagId == aanvraag.Id && t.Status == ToekenningStatus.Voorgesteld, cancellationToken)
            : null;
        if (command.Goedgekeurd == true)
        {
            if (aanvraag.IsWijziging && aanvraag.Status == AanvraagStatus.BesluitVoorgesteld)
            {
                // What was paid may have changed since the proposal (a run became definitive): the letter says what was received.
                aanvraag.HerberekeningBijwerken(await herberekening.HerberekenAsync(
                    aanvraag, klok.Vandaag(), aanvraag.Besluitvorming.Soort == Besluitsoort.Beeindigd, cancellationToken));
            }

            aanvraag.BesluitGoedkeuren(id, klok.Vandaag(), command.RedenZonderBewijsstukken);
            if (aanvraag.Besluitvorming.GoedkeuringZonderBewijsstukken is not null)
            {
                audit.Schrijf(OntbrekendeBewijsstukken.GoedgekeurdActie, command.OnderwerpType, command.OnderwerpId, AuditUitkomst.Geslaagd);
            }

            toekenning?.Activeren(klok.Vandaag());
            await db.DoorvoerenAsync(aanvraag, klok.Vandaag(), cancellationToken);
            await db.AfrondenAsync(audit, aanvraag.Id, toekenning?.Id, klok.Vandaag(), cancellationToken);
            await db.OpmakenAsync(regels, aanvraag, toekenning, klok.Vandaag(), cancellationToken);
        }
        else
        {
            aanvraag.BesluitAfkeuren(id);
            toekenning?.Vervallen();
        }

        if (!string.IsNullOrWhiteSpace(command.Toelichting))
        {
            db.Notities.Add(Notitie.Schrijf(
                aanvraag.Gemeente, aanvraag.Id,
                (command.Goedgekeurd == true ? "Besluit goedgekeurd. " : "Voorstel afgekeurd. ") + command.Toelichting.Trim(),
                id, gebruiker.Weergavenaam, klok.GetUtcNow().UtcDateTime));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
