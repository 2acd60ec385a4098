using System.Globalization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Audit;
using Socrates.Domain.Bewaren;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Beheer.Vernietiging.Uitvoeren;

/// <summary>
/// Destroys the next dossiers of the list; returns how many of the list are still to do. Each destroyed dossier gets its
/// anonymised record and an audit line <see cref="Vernietigd"/> that names the record, never the person.
/// </summary>
public sealed class VernietigingslijstUitvoerenHandler(
    ISocratesDb db, Bewaargronden gronden, Vernietigingsblokkaden blokkaden, IDossiervernietiging vernietiging, AuditSchrijver audit,
    TimeProvider klok)
    : ICommandHandler<VernietigingslijstUitvoeren, int>
{
    public const string Vernietigd = "DossierVernietigd";

    public async ValueTask<int> Handle(VernietigingslijstUitvoeren command, CancellationToken cancellationToken)
    {
        var lijst = await db.Vernietigingslijsten.SingleOrDefaultAsync(l => l.Id == command.Id, cancellationToken)
            ?? throw new NietGevondenException();
        db.Entry(lijst).Property(l => l.Versie).OriginalValue = command.Versie;
        var vandaag = klok.Vandaag();
        var regels = lijst.Volgende(VernietigingslijstUitvoeren.Aantal);
        var ids = regels.Select(r => r.PersoonId).ToList();
        var bewaargronden = await gronden.VoorAsync(ids, vandaag, cancellationToken);
        var redenen = await blokkaden.VoorAsync(ids, vandaag, cancellationToken);
        var alVernietigd = await db.VernietigdeDossiers.Where(v => ids.Contains(v.PersoonId)).Select(v => v.PersoonId).ToListAsync(cancellationToken);
        foreach (var regel in regels)
        {
            var datum = bewaargronden.TryGetValue(regel.PersoonId, out var grond) ? Vernietigingsdatum.Van(grond, Bewaargronden.Termijn) : null;
            var reden = alVernietigd.Contains(regel.PersoonId) ? "Dit dossier is al vernietigd."
                : redenen[regel.PersoonId].Any() ? string.Join(" ", redenen[regel.PersoonId])
                : datum is null ? "De bewaartermijn loopt weer: er is intussen iets in het dossier gebeurd."
                : datum > vandaag ? $"De vernietigingsdatum is intussen {datum:dd-MM-yyyy}."
                : null;
            if (reden is not null)
            {
                lijst.Overgeslagen(regel, reden);
                continue;
            }

            var record = VernietigdDossier.Vastleggen(lijst, regel, Rol.Beheerder, klok.GetUtcNow().UtcDateTime);
            db.VernietigdeDossiers.Add(record);
            await db.SaveChangesAsync(cancellationToken);       // the record's id is the reference the amounts keep
            await vernietiging.VernietigAsync(regel.PersoonId, record, cancellationToken);
            lijst.Vernietigd(regel, record.Id, vandaag);
            audit.Schrijf(Vernietigd, nameof(VernietigdDossier), record.Id.ToString(CultureInfo.InvariantCulture), AuditUitkomst.Geslaagd);
        }

        await db.SaveChangesAsync(cancellationToken);
        return lijst.Regels.Count(r => !r.IsAfgehandeld);
    }
}
