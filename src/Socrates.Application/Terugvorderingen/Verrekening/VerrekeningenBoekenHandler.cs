using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Verrekening;

public sealed class VerrekeningenBoekenHandler(ISocratesDb db, IGemeenteregels regels, IHuidigeGebruiker gebruiker, TimeProvider klok)
    : ICommandHandler<VerrekeningenBoeken, long>
{
    public async ValueTask<long> Handle(VerrekeningenBoeken command, CancellationToken cancellationToken)
    {
        var maand = Maand.Van(command.Maand).Eerste;
        var plan = await Verrekeningsplan.MaakAsync(db, regels, command.ToekenningId, maand, volgen: true, cancellationToken)
            ?? throw new NietGevondenException();
        var door = gebruiker.Id ?? "betaalrun";
        var nu = klok.GetUtcNow().UtcDateTime;
        foreach (var (vordering, bedrag) in plan.Posten)
        {
            vordering.VerrekeningBoeken(maand, bedrag, door, klok.Vandaag(), nu);
        }

        await db.SaveChangesAsync(cancellationToken);
        return plan.Posten.Sum(p => p.Bedrag.Centen);
    }
}
