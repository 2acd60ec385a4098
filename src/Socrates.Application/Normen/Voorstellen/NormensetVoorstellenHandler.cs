using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Normen;

namespace Socrates.Application.Normen.Voorstellen;

/// <summary>Records the proposal; the domain checks it once more against the set in force the day before.</summary>
public sealed class NormensetVoorstellenHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, TimeProvider klok)
    : ICommandHandler<NormensetVoorstellen, int>
{
    public async ValueTask<int> Handle(NormensetVoorstellen command, CancellationToken cancellationToken)
    {
        var inhoud = Normensetinvoer.Inhoud(command);
        var voorganger = await db.GeldendOpAsync(inhoud.Ingangsdatum.AddDays(-1), cancellationToken);
        var set = Normenset.Voorstellen(inhoud, voorganger, command.AfwijkingenBevestigd,
            gebruiker.Id ?? "", gebruiker.Weergavenaam, klok.GetUtcNow().UtcDateTime);
        db.Normensets.Add(set);
        await db.SaveChangesAsync(cancellationToken);
        return set.Id;
    }
}
