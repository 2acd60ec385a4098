using Mediator;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Gebruikers;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Bezwaren.Behandelaar;

public sealed class BehandelaarToewijzenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, IGebruikers gebruikers) : ICommandHandler<BehandelaarToewijzen>
{
    public async ValueTask<Unit> Handle(BehandelaarToewijzen command, CancellationToken cancellationToken)
    {
        var bezwaar = await db.LaadVoorWijzigingAsync(command, cancellationToken);
        if (!(await gebruikers.MetRolAsync(gebruiker.VereisteGemeente(), Rol.Bezwaarbehandelaar, cancellationToken)).Any(g => g.Id == command.BehandelaarId))
        {
            throw new DomeinregelException("Kies een bezwaarbehandelaar van uw gemeente.");
        }

        bezwaar.BehandelaarToewijzen(command.BehandelaarId!);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
