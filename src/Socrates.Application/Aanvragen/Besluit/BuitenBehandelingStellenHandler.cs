using Mediator;
using Socrates.Application.Aanvragen.Beschikkingen;
using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Socrates.Application.Audit;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Aanvragen.Besluit;

public sealed class BuitenBehandelingStellenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, IGemeenteregels regels, AuditSchrijver audit, TimeProvider klok)
    : ICommandHandler<BuitenBehandelingStellen, BesluitUitkomst>
{
    public async ValueTask<BesluitUitkomst> Handle(BuitenBehandelingStellen command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        var vandaag = klok.Vandaag();
        var instellingen = await regels.OpAsync(aanvraag.Gemeente, vandaag, cancellationToken);
        aanvraag.BuitenBehandelingStellen(
            gebruiker.Id ?? throw new InvalidOperationException("Geen gebruiker."), instellingen.VierOgenBuitenBehandeling, vandaag);
        if (!instellingen.VierOgenBuitenBehandeling)
        {
            await db.OpmakenAsync(regels, aanvraag, null, vandaag, cancellationToken);
            await db.AfrondenAsync(audit, aanvraag.Id, null, vandaag, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new BesluitUitkomst(Domain.Aanvragen.Besluitsoort.BuitenBehandeling, !instellingen.VierOgenBuitenBehandeling);
    }
}
