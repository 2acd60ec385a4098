using Mediator;
using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Normen.Beoordelen;

public sealed class NormensetAfwijzenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok)
    : ICommandHandler<NormensetAfwijzen, int>
{
    public async ValueTask<int> Handle(NormensetAfwijzen command, CancellationToken cancellationToken)
    {
        var set = await NormensetLader.LaadAsync(db, command.Id, command.Versie, cancellationToken);
        set.Afwijzen(gebruiker.Id ?? "", gebruiker.Weergavenaam, klok.GetUtcNow().UtcDateTime, command.Reden ?? "");
        await db.SaveChangesAsync(cancellationToken);
        return set.Id;
    }
}
