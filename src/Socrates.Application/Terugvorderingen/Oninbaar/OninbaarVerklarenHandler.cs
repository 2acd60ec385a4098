using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Terugvorderingen.Oninbaar;

public sealed class OninbaarVerklarenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker) : ICommandHandler<OninbaarVerklaren>
{
    public async ValueTask<Unit> Handle(OninbaarVerklaren command, CancellationToken cancellationToken)
    {
        if (!gebruiker.HeeftRol(Rol.Teamleider))
        {
            throw new DomeinregelException("Alleen een teamleider verklaart een terugvordering oninbaar.");
        }

        var vordering = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        vordering.OninbaarVerklaren(command.Reden!);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
