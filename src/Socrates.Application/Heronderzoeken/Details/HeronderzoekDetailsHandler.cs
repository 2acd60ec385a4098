using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Heronderzoeken;
using Socrates.Domain.Personen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Heronderzoeken.Details;

public sealed class HeronderzoekDetailsHandler(ISocratesDb db, IGebruikers gebruikers, TimeProvider klok)
    : IQueryHandler<HeronderzoekDetails, HeronderzoekView?>
{
    public async ValueTask<HeronderzoekView?> Handle(HeronderzoekDetails query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var h = await db.Heronderzoeken.AsNoTracking().SingleOrDefaultAsync(h => h.Id == query.Id, cancellationToken);
        if (h is null)
        {
            return null;
        }

        var vandaag = klok.Vandaag();
        var persoon = await db.Personen.AsNoTracking().Where(p => p.Id == h.AanvragerId).Select(p => new { p.Voornamen, p.Voorvoegsel, p.Achternaam, p.Adres })
            .SingleAsync(cancellationToken);
        var toekenning = await db.Toekenningen.AsNoTracking()
            .Where(t => t.AanvragerId == h.AanvragerId && t.Status == ToekenningStatus.Actief && (t.Einddatum == null || t.Einddatum >= vandaag))
            .OrderByDescending(t => t.Ingangsdatum).ThenByDescending(t => t.Id)
            .Select(t => new HeronderzoekToekenning(t.Id, t.AanvraagId, t.Ingangsdatum, t.Kostendelers, t.Norm, t.InkomenInAanmerking, t.TeBetalen))
            .FirstOrDefaultAsync(cancellationToken);
        var sinds = h.GeplandOp;
        var wijzigingen = await db.Aanvragen.AsNoTracking()
            .Where(a => a.AanvragerId == h.AanvragerId && a.Soort == AanvraagSoort.Wijziging && (a.Ontvangstdatum >= sinds || a.Id == h.WijzigingId))
            .OrderByDescending(a => a.Id)
            .Select(a => new { a.Id, a.Wijziging.Datum, a.Wijziging.Soort, a.Ontvangstdatum })
            .Take(20).ToListAsync(cancellationToken);
        var terugvorderingen = await db.Terugvorderingen.AsNoTracking()
            .Where(t => t.DebiteurId == h.AanvragerId && (t.VoorgesteldOp >= sinds || t.Id == h.TerugvorderingId))
            .OrderByDescending(t => t.Id)
            .Select(t => new { t.Id, t.Totaal, t.VoorgesteldOp })
            .Take(20).ToListAsync(cancellationToken);
        var ids = new[] { h.ConsulentId, h.AfgerondDoor }.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var namen = await gebruikers.NamenAsync(h.Gemeente, ids, cancellationToken);
        string? Naam(string? id) => id is null ? null : namen.GetValueOrDefault(id) ?? "Onbekende medewerker";

        return new HeronderzoekView
        {
            Id = h.Id, Versie = h.Versie, Vandaag = vandaag, Naam = Persoon.Volledig(persoon.Voornamen, persoon.Voorvoegsel, persoon.Achternaam),
            Adres = persoon.Adres.ToString(), Consulent = Naam(h.ConsulentId), TermijnVanaf = h.TermijnVanaf, TermijnMaanden = h.TermijnMaanden,
            Profiel = h.Profiel, Vervaldatum = h.Vervaldatum, GeplandOp = h.GeplandOp, Status = h.Status, Toekenning = toekenning,
            Controle = new Heronderzoekcontrole(h.HuishoudenGecontroleerd, h.InkomenGecontroleerd, h.VermogenGecontroleerd, h.AdresGecontroleerd, h.Bevindingen),
            Uitkomst = h.Uitkomst, WijzigingId = h.WijzigingId, TerugvorderingId = h.TerugvorderingId, AfgerondOp = h.AfgerondOp, AfgerondDoor = Naam(h.AfgerondDoor),
            Wijzigingen = [.. wijzigingen.Select(w => new HeronderzoekWijziging(w.Id, w.Soort, w.Datum, w.Ontvangstdatum))],
            ConsulentId = h.ConsulentId,
            Consulenten = h.Status == HeronderzoekStatus.Open ? await gebruikers.ConsulentenAsync(h.Gemeente, cancellationToken) : [],
            Terugvorderingen = [.. terugvorderingen.Select(t => new HeronderzoekTerugvordering(t.Id, t.Totaal, t.VoorgesteldOp))],
        };
    }
}
