using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Afzien;

public sealed class AfzienVoorstellenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker) : ICommandHandler<AfzienVoorstellen>
{
    public async ValueTask<Unit> Handle(AfzienVoorstellen command, CancellationToken cancellationToken)
    {
        var vordering = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        vordering.AfzienVoorstellen(Domain.Geld.Bedrag.Euro(command.Bedrag!.Value), command.Grond!.Value, command.Reden!,
            gebruiker.Id ?? throw new InvalidOperationException("Geen gebruiker."));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
