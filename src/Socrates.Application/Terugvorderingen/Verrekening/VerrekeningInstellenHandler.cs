using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Terugvorderingen.Verrekening;

/// <summary>The room is that of the debtor's active toekenning under the rules of today; without running bijstand there is nothing to set off.</summary>
public sealed class VerrekeningInstellenHandler(ISocratesDb db, IGemeenteregels regels, TimeProvider klok) : ICommandHandler<VerrekeningInstellen>
{
    public async ValueTask<Unit> Handle(VerrekeningInstellen command, CancellationToken cancellationToken)
    {
        var vordering = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        var toekenning = await db.Toekenningen.AsNoTracking()
            .Where(t => t.AanvragerId == vordering.DebiteurId && t.Status == ToekenningStatus.Actief)
            .OrderByDescending(t => t.Ingangsdatum).FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomeinregelException("Deze debiteur heeft geen lopende bijstand om mee te verrekenen.");
        var ruimte = Verrekenruimte.Van(toekenning, await regels.OpAsync(vordering.Gemeente, klok.Vandaag(), cancellationToken));
        vordering.VerrekeningInstellen(Bedrag.Euro(command.Maandbedrag!.Value), ruimte.Ruimte);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
