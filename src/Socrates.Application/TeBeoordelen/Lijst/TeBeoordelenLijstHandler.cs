using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Personen;
using Socrates.Domain.Terugvorderingen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.TeBeoordelen.Lijst;

/// <summary>
/// Two counts and two page queries (proposed besluiten, then proposed terugvorderingen, oldest first), each joined to the
/// person and the toekenningen it needs, and the proposers' names in one query: a fixed number whatever the page size.
/// </summary>
public sealed class TeBeoordelenLijstHandler(ISocratesDb db, IHuidigeGebruiker gebruiker, IGebruikers gebruikers)
    : IQueryHandler<TeBeoordelenLijst, TeBeoordelenView>
{
    public async ValueTask<TeBeoordelenView> Handle(TeBeoordelenLijst query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var gemeente = gebruiker.VereisteGemeente();
        var besluiten = db.Aanvragen.AsNoTracking().Where(a => a.Status == AanvraagStatus.BesluitVoorgesteld);
        var vorderingen = db.Terugvorderingen.AsNoTracking().Where(t => t.Status == TerugvorderingStatus.Voorgesteld);
        var aantalBesluiten = await besluiten.CountAsync(cancellationToken);
        var totaal = aantalBesluiten + await vorderingen.CountAsync(cancellationToken);
        var grootte = Paginering.StandaardGrootte;
        var nummer = Math.Min(Paginering.Begrens(query.Pagina), Math.Max(1, (totaal + grootte - 1) / grootte));
        var overslaan = (nummer - 1) * grootte;

        var regels = new List<TeBeoordelenRegel>();
        if (overslaan < aantalBesluiten)
        {
            var rijen = await (
                    from a in besluiten.OrderBy(a => a.Id).Skip(overslaan).Take(grootte)
                    join p in db.Personen.AsNoTracking() on a.AanvragerId equals p.Id
                    join t in db.Toekenningen.AsNoTracking().Where(t => t.Status == ToekenningStatus.Voorgesteld) on a.Id equals t.AanvraagId into nieuw
                    from t in nieuw.DefaultIfEmpty()
                    join o in db.Toekenningen.AsNoTracking() on a.GewijzigdeToekenningId equals (int?)o.Id into oud
                    from o in oud.DefaultIfEmpty()
                    orderby a.Id
                    select new
                    {
                        a.Id, a.Versie, p.Voornamen, p.Voorvoegsel, p.Achternaam, a.Besluitvorming.Soort, a.Besluitvorming.Ingangsdatum, a.Besluitvorming.Afwijzingsgrond,
                        a.Besluitvorming.VoorgesteldDoor, Wijziging = a.Soort == AanvraagSoort.Wijziging,
                        Nieuw = t == null ? null : (Domain.Geld.Bedrag?)t.TeBetalen, VoorgesteldOp = t == null ? null : (DateOnly?)t.VoorgesteldOp,
                        Oud = o == null ? null : (Domain.Geld.Bedrag?)o.TeBetalen,
                    })
                .ToListAsync(cancellationToken);
            regels.AddRange(rijen.Select(r => new TeBeoordelenRegel
            {
                Soort = TeBeoordelenSoort.Besluit, Id = r.Id, Versie = r.Versie, Naam = Persoon.Volledig(r.Voornamen, r.Voorvoegsel, r.Achternaam),
                Besluit = r.Soort, IsWijziging = r.Wijziging, Ingangsdatum = r.Ingangsdatum, Nieuw = r.Nieuw, Oud = r.Oud, Afwijzingsgrond = r.Afwijzingsgrond,
                VoorgesteldDoor = r.VoorgesteldDoor ?? "", VoorgesteldOp = r.VoorgesteldOp, Eigen = r.VoorgesteldDoor == gebruiker.Id,
            }));
        }

        if (regels.Count < grootte)
        {
            var rijen = await (
                    from t in vorderingen.OrderBy(t => t.VoorgesteldOp).ThenBy(t => t.Id).Skip(Math.Max(0, overslaan - aantalBesluiten)).Take(grootte - regels.Count)
                    join p in db.Personen.AsNoTracking() on t.DebiteurId equals p.Id
                    orderby t.VoorgesteldOp, t.Id
                    select new { t.Id, t.Versie, p.Voornamen, p.Voorvoegsel, p.Achternaam, t.Grond, t.Totaal, t.VoorgesteldDoor, t.VoorgesteldOp })
                .ToListAsync(cancellationToken);
            regels.AddRange(rijen.Select(r => new TeBeoordelenRegel
            {
                Soort = TeBeoordelenSoort.Terugvordering, Id = r.Id, Versie = r.Versie, Naam = Persoon.Volledig(r.Voornamen, r.Voorvoegsel, r.Achternaam),
                Grond = r.Grond, Totaal = r.Totaal, VoorgesteldDoor = r.VoorgesteldDoor, VoorgesteldOp = r.VoorgesteldOp, Eigen = r.VoorgesteldDoor == gebruiker.Id,
            }));
        }

        var namen = await gebruikers.NamenAsync(gemeente, [.. regels.Select(r => r.VoorgesteldDoor).Distinct(StringComparer.Ordinal)], cancellationToken);
        return new TeBeoordelenView(new Pagina<TeBeoordelenRegel>(
            [.. regels.Select(r => r with { VoorgesteldDoor = namen.GetValueOrDefault(r.VoorgesteldDoor) ?? "onbekende medewerker" })], nummer, grootte, totaal));
    }
}
