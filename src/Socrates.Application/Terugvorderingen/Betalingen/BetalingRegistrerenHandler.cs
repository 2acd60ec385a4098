using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Geld;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Betalingen;

public sealed class BetalingRegistrerenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok) : ICommandHandler<BetalingRegistreren>
{
    public async ValueTask<Unit> Handle(BetalingRegistreren command, CancellationToken cancellationToken)
    {
        var open = await db.Terugvorderingen
            .Where(t => t.DebiteurId == command.DebiteurId
                        && (t.Status == TerugvorderingStatus.Vastgesteld || t.Status == TerugvorderingStatus.InInvordering))
            .ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            throw new NietGevondenException();
        }

        var verdeling = Toerekening.Verdeel(Bedrag.Euro(command.Bedrag!.Value),
            [.. open.Select(t => new OpenVordering(t.Id, t.VastgesteldOp!.Value, t.Saldo))], command.AangewezenTerugvorderingId);
        var door = gebruiker.Id ?? throw new InvalidOperationException("Geen gebruiker.");
        var nu = klok.GetUtcNow().UtcDateTime;
        foreach (var (id, bedrag) in verdeling)
        {
            open.Single(t => t.Id == id).AflossingBoeken(command.Datum!.Value, bedrag, command.Referentie!.Trim(), door, nu);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
