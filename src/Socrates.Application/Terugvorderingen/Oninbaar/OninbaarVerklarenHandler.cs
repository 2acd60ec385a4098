using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Oninbaar;

public sealed class OninbaarVerklarenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker) : ICommandHandler<OninbaarVerklaren>
{
    public async ValueTask<Unit> Handle(OninbaarVerklaren command, CancellationToken cancellationToken)
    {
        gebruiker.VereisTeamleider("verklaart een terugvordering oninbaar");

        var vordering = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        vordering.OninbaarVerklaren(command.Reden!);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
