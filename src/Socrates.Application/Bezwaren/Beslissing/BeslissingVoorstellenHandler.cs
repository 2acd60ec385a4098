using Mediator;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Bezwaren.Beslissing;

public sealed class BeslissingVoorstellenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok) : ICommandHandler<BeslissingVoorstellen>
{
    public async ValueTask<Unit> Handle(BeslissingVoorstellen command, CancellationToken cancellationToken)
    {
        var bezwaar = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        var opgelegd = bezwaar.Besluit.TerugvorderingId is { } id ? await Herroeping.OpgelegdAsync(db, id, cancellationToken) : null;
        bezwaar.BeslissingVoorstellen(
            command.Uitkomst!.Value, command.Motivering!, Euro(command.NieuwBedrag), opgelegd, command.ProceskostenPunten, Euro(command.ProceskostenBedrag),
            gebruiker.VereistePersoon(), klok.Vandaag());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private static Bedrag? Euro(decimal? euro) => euro is { } e ? Bedrag.Euro(e) : null;
}
