using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Bezwaren.Gemeenschappelijk;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;

namespace Socrates.Application.Bezwaren.Details;

public sealed class BezwaarOpvragenHandler(
    ISocratesDb db, IGebruikers gebruikers, IHuidigeGebruiker gebruiker, IGemeenteregels regels, TimeProvider klok)
    : IQueryHandler<BezwaarOpvragen, BezwaarView?>
{
    public async ValueTask<BezwaarView?> Handle(BezwaarOpvragen query, CancellationToken cancellationToken)
    {
        if (await db.Bezwaren.AsNoTracking().SingleOrDefaultAsync(b => b.Id == query.BezwaarId, cancellationToken) is not { } bezwaar)
        {
            return null;
        }

        var gemeente = gebruiker.VereisteGemeente();
        var persoon = await db.Personen.AsNoTracking().Where(p => p.Id == bezwaar.PersoonId)
            .Select(p => new { p.Voornamen, p.Voorvoegsel, p.Achternaam }).SingleAsync(cancellationToken);
        string?[] ids = [bezwaar.BehandelaarId, bezwaar.BeslissingVoorgesteldDoor, bezwaar.BeslistDoor];
        var namen = await gebruikers.NamenAsync(gemeente, [.. ids.OfType<string>().Distinct(StringComparer.Ordinal)], cancellationToken);
        var vandaag = klok.Vandaag();
        var signalering = (await regels.OpAsync(gemeente, vandaag, cancellationToken)).SignaleringsdagenBeslistermijn;
        var opgelegd = bezwaar.Besluit.TerugvorderingId is { } vorderingId ? await Herroeping.OpgelegdAsync(db, vorderingId, cancellationToken) : null;
        return new BezwaarView(
            bezwaar, Persoon.Volledig(persoon.Voornamen, persoon.Voorvoegsel, persoon.Achternaam), Naam(namen, bezwaar.BehandelaarId),
            Naam(namen, bezwaar.BeslissingVoorgesteldDoor), Naam(namen, bezwaar.BeslistDoor), bezwaar.Termijn(vandaag, signalering), opgelegd);
    }

    private static string? Naam(IReadOnlyDictionary<string, string> namen, string? id) =>
        id is null ? null : namen.GetValueOrDefault(id) ?? "onbekende medewerker";
}
