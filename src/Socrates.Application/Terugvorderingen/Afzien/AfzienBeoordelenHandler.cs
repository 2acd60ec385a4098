using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Afzien;

public sealed class AfzienBeoordelenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok) : ICommandHandler<AfzienBeoordelen>
{
    public async ValueTask<Unit> Handle(AfzienBeoordelen command, CancellationToken cancellationToken)
    {
        var id = gebruiker.VereistePersoon();
        var vordering = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        vordering.AfzienBeoordelen(id, command.Goedgekeurd!.Value, klok.Vandaag(),
            klok.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
