using Socrates.Application.Aanvragen.Gemeenschappelijk;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Overzicht.Index;

/// <summary>
/// A fixed handful of queries whatever the size of the gemeente, each on an index (docs/overzicht.md, "Speed"): the open
/// aanvragen's few columns (counted here per status, per behandelaar by days left, proposals waiting, dwangsom risk), the
/// ingebrekestellingen, the toekenningen started and ended per day (summed here per month) and running today, and for a
/// team lead the totals kept on the definitive betaalruns (never a sum over their lines).
/// </summary>
public sealed class OverzichtOpvragenHandler(
    ISocratesDb db, IHuidigeGebruiker gebruiker, IGebruikers gebruikers, IGemeenteregels regels, ToekenningcijfersGeheugen geheugen, TimeProvider klok)
    : IQueryHandler<OverzichtOpvragen, OverzichtView>
{
    /// <summary>How long a decided dwangsom stays on the overview: three months, time to set and pay it (Awb 4:18).</summary>
    private const int DwangsomMaanden = 3;

    public async ValueTask<OverzichtView> Handle(OverzichtOpvragen query, CancellationToken cancellationToken)
    {
        var gemeente = gebruiker.VereisteGemeente();
        var vandaag = klok.Vandaag();
        var signaleringsdagen = (await regels.OpAsync(gemeente, vandaag, cancellationToken)).SignaleringsdagenBeslistermijn;
        var grens = vandaag.AddDays(signaleringsdagen);
        var alleenEigen = !gebruiker.HeeftRol(Rol.Teamleider);
        var ik = gebruiker.Id;

        var aanvragen = db.Aanvragen.AsNoTracking();
        if (alleenEigen)
        {
            aanvragen = aanvragen.Where(a => a.BehandelaarId == ik);
        }

        // The open aanvragen (a working stock, not a register) in one indexed read of a few columns, counted here: grouped
        // in SQL, SQLite would walk the gemeente's whole behandelaar index for the GROUP BY instead of the open statuses.
        var openRijen = await aanvragen.Where(AanvraagFilters.IsOpen)
            .Select(a => new
            {
                a.BehandelaarId, a.Status, Wijziging = a.Soort == AanvraagSoort.Wijziging, a.UitersteBeslisdatum,
                a.Besluitvorming.VoorgesteldDoor, Ingebrekesteld = a.IngebrekestellingOntvangen != null,
            })
            .ToListAsync(cancellationToken);
        var perStatus = openRijen.GroupBy(a => (a.Status, a.Wijziging)).Select(g => new { g.Key.Status, g.Key.Wijziging, Aantal = g.Count() }).ToList();
        var perBehandelaar = openRijen.GroupBy(a => a.BehandelaarId).Select(g => new
            {
                Id = g.Key,
                Verlopen = g.Count(a => a.Status != AanvraagStatus.Gemeld && a.UitersteBeslisdatum < vandaag),
                BinnenSignaal = g.Count(a => a.Status != AanvraagStatus.Gemeld && a.UitersteBeslisdatum >= vandaag && a.UitersteBeslisdatum <= grens),
                Ruim = g.Count(a => a.Status != AanvraagStatus.Gemeld && a.UitersteBeslisdatum > grens),
                ZonderTermijn = g.Count(a => a.Status == AanvraagStatus.Gemeld || a.UitersteBeslisdatum == null),
            })
            .ToList();
        var wachtend = openRijen.Where(a => a.Status == AanvraagStatus.BesluitVoorgesteld)
            .GroupBy(a => a.VoorgesteldDoor).Select(g => new { Id = g.Key, Aantal = g.Count() }).ToList();
        var risico = openRijen.Count(a => a.Status != AanvraagStatus.Gemeld && a.UitersteBeslisdatum < vandaag && !a.Ingebrekesteld);

        var sinds = vandaag.AddMonths(-DwangsomMaanden);
        var ingebrekestellingen = await (
                from a in aanvragen.Where(a => a.IngebrekestellingOntvangen != null && a.Status != AanvraagStatus.Gemeld
                    && (a.Status == AanvraagStatus.Ingediend || a.Status == AanvraagStatus.InBehandeling || a.Status == AanvraagStatus.BesluitVoorgesteld
                        || a.Besluitvorming.Datum >= sinds || a.Dwangsomvaststelling.VastgesteldOp == null
                        || (a.Dwangsomvaststelling.Bedrag > Bedrag.Nul && !db.Dwangsombetalingen.Any(d => d.AanvraagId == a.Id))))
                join p in db.Personen.AsNoTracking() on a.AanvragerId equals p.Id
                orderby a.IngebrekestellingOntvangen, a.Id
                select new
                {
                    a.Id, a.Status, a.BehandelaarId, a.IngebrekestellingOntvangen, a.Besluitvorming.Datum, p.Voornamen, p.Voorvoegsel, p.Achternaam,
                    GeenDwangsom = a.Dwangsomvaststelling.GeenDwangsomGrond != null, Voorgesteld = a.Dwangsomvaststelling.VoorgesteldDoor != null,
                    Vastgesteld = a.Dwangsomvaststelling.VastgesteldOp != null, a.Dwangsomvaststelling.Bedrag,
                    Betaald = db.Dwangsombetalingen.Any(d => d.AanvraagId == a.Id),
                })
            .Take(Paginering.StandaardGrootte * 4).ToListAsync(cancellationToken);

        var eerste = new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(-11);
        var alleToekenningen = db.Toekenningen.AsNoTracking();
        if (alleenEigen)
        {
            var eigen = aanvragen.Select(a => a.Id);
            alleToekenningen = alleToekenningen.Where(t => eigen.Contains(t.AanvraagId));
        }

        // A team lead's gemeente-wide figures are kept (ToekenningcijfersGeheugen); a consulent's own few are counted each time.
        var cijfers = alleenEigen
            ? await TellenAsync(alleToekenningen, eerste, vandaag, cancellationToken)
            : await geheugen.OpAsync(gemeente, vandaag, () => TellenAsync(alleToekenningen, eerste, vandaag, cancellationToken));
        var instroom = cijfers.Instroom;
        var uitstroom = cijfers.Uitstroom;
        var lopend = cijfers.Lopend;

        var betaalruns = alleenEigen
            ? null
            : await db.Betaalruns.AsNoTracking().Where(r => r.Status == BetaalrunStatus.Definitief && r.Maand >= eerste && r.Maand <= vandaag)
                .Select(r => new { r.Maand, r.HuishoudensBetaald, r.TotaalBetaald, r.TotaalVerrekend }).ToListAsync(cancellationToken);
        var maanden = Enumerable.Range(0, 12).Select(n => eerste.AddMonths(n)).ToList();

        // Missed heronderzoeken per consulent: one grouped count on the (gemeente, status, due date) index.
        var heronderzoeken = db.Heronderzoeken.AsNoTracking()
            .Where(h => h.Status == Domain.Heronderzoeken.HeronderzoekStatus.Open && h.Vervaldatum < vandaag);
        var teLaat = await (alleenEigen ? heronderzoeken.Where(h => h.ConsulentId == ik) : heronderzoeken)
            .GroupBy(h => h.ConsulentId).Select(g => new { Id = g.Key, Aantal = g.Count() }).ToListAsync(cancellationToken);

        var ids = teLaat.Select(h => h.Id).Concat(perBehandelaar.Select(b => b.Id)).Concat(wachtend.Select(w => w.Id)).Concat(ingebrekestellingen.Select(i => i.BehandelaarId))
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var namen = await gebruikers.NamenAsync(gemeente, ids, cancellationToken);
        string Naam(string? id) => id is null ? "Niet toegewezen" : namen.GetValueOrDefault(id) ?? "Onbekende medewerker";

        var consulenten = perBehandelaar.Select(b => b.Id).Concat(wachtend.Select(w => w.Id)).Distinct()
            .Select(id =>
            {
                var b = perBehandelaar.FirstOrDefault(x => x.Id == id);
                return new OverzichtConsulent(id, Naam(id), b?.Verlopen ?? 0, b?.BinnenSignaal ?? 0, b?.Ruim ?? 0, b?.ZonderTermijn ?? 0,
                    wachtend.FirstOrDefault(w => w.Id == id)?.Aantal ?? 0);
            })
            .OrderBy(c => c.Id is null).ThenByDescending(c => c.Verlopen).ThenBy(c => c.Naam, StringComparer.CurrentCulture).ToList();

        // The open bezwaren with the nearest beslistermijn: one query, the ten first (index Gemeente, Status, UitersteBeslisdatum).
        // A bezwaar whose herroeping is still to be carried out is open work too; it shows without a termijn.
        var bezwaren = alleenEigen
            ? null
            : await (
                    from b in db.Bezwaren.AsNoTracking().Where(b => b.Status != Domain.Bezwaren.BezwaarStatus.Beslist)
                        .OrderBy(b => b.UitersteBeslisdatum).ThenBy(b => b.Id).Take(OverzichtBezwaar.Aantal)
                    join p in db.Personen.AsNoTracking() on b.PersoonId equals p.Id
                    orderby b.UitersteBeslisdatum, b.Id
                    select new { b.Id, p.Voornamen, p.Voorvoegsel, p.Achternaam, b.UitersteBeslisdatum, b.BeslistOp })
                .ToListAsync(cancellationToken);

        return new OverzichtView
        {
            Vandaag = vandaag,
            AlleenEigen = alleenEigen,
            Signaleringsdagen = signaleringsdagen,
            Bezwaren = bezwaren?.Select(b => new OverzichtBezwaar(
                b.Id, Persoon.Volledig(b.Voornamen, b.Voorvoegsel, b.Achternaam),
                b.BeslistOp is null ? Beslistermijn.Signaal(b.UitersteBeslisdatum, vandaag, signaleringsdagen) : null)).ToList(),
            PerStatus = [.. new[] { AanvraagStatus.Gemeld, AanvraagStatus.Ingediend, AanvraagStatus.InBehandeling, AanvraagStatus.BesluitVoorgesteld }
                .Select(s => (s, perStatus.Where(p => p.Status == s && !p.Wijziging).Sum(p => p.Aantal), perStatus.Where(p => p.Status == s && p.Wijziging).Sum(p => p.Aantal)))],
            LopendeToekenningen = lopend,
            Consulenten = consulenten,
            DwangsomRisico = risico,
            HeronderzoekenTeLaat = [.. teLaat.Select(h => new OverzichtHeronderzoeken(h.Id, Naam(h.Id), h.Aantal)).OrderByDescending(h => h.Aantal).ThenBy(h => h.Naam, StringComparer.CurrentCulture)],
            Dwangsommen = [.. ingebrekestellingen.Select(i =>
            {
                var besloten = AanvraagStatussen.IsOpen(i.Status) ? null : i.Datum;
                var stand = Dwangsom.Stand(i.IngebrekestellingOntvangen!.Value, besloten, vandaag, i.GeenDwangsom);
                var fase = Dwangsomfasen.Van(stand, i.GeenDwangsom, i.Voorgesteld && !i.Vastgesteld, i.Vastgesteld, i.Vastgesteld && i.Bedrag > Bedrag.Nul, i.Betaald);
                return new OverzichtDwangsom(i.Id, Persoon.Volledig(i.Voornamen, i.Voorvoegsel, i.Achternaam), i.BehandelaarId is null ? null : Naam(i.BehandelaarId),
                    i.IngebrekestellingOntvangen.Value, besloten, stand, fase);
            })],
            Stroom = [.. maanden.Select(m => (m,
                instroom.Where(i => i.Dag.Year == m.Year && i.Dag.Month == m.Month).Sum(i => i.Aantal),
                uitstroom.Where(u => u.Dag.Year == m.Year && u.Dag.Month == m.Month).Sum(u => u.Aantal)))],
            Betaalruns = betaalruns is null
                ? null
                : [.. maanden.Select(m => (m, betaalruns.FirstOrDefault(r => r.Maand == m) is { } r
                    ? new Betaalruntotalen(r.HuishoudensBetaald ?? 0, r.TotaalBetaald ?? Bedrag.Nul, r.TotaalVerrekend ?? Bedrag.Nul)
                    : null))],
        };
    }

    /// <summary>
    /// Counted per day in SQL (an index-only walk of (Gemeente, Status, Ingangsdatum) or (…, Einddatum)), per month by the
    /// caller: grouping on the month in SQL would compute it for every row. Running today: started, and without an end or
    /// ending today or later, as two counts, because with the OR SQLite takes the index without the end date and reads
    /// every row.
    /// </summary>
    private static async Task<Toekenningcijfers> TellenAsync(
        IQueryable<Toekenning> alleToekenningen, DateOnly eerste, DateOnly vandaag, CancellationToken cancellationToken)
    {
        var toekenningen = alleToekenningen.Where(t => t.Status == ToekenningStatus.Actief || t.Status == ToekenningStatus.Beeindigd);
        var instroom = await toekenningen.Where(t => t.Ingangsdatum >= eerste && t.Ingangsdatum <= vandaag)
            .GroupBy(t => t.Ingangsdatum).Select(g => new { Dag = g.Key, Aantal = g.Count() })
            .ToListAsync(cancellationToken);
        var uitstroom = await toekenningen.Where(t => t.Einddatum >= eerste && t.Einddatum <= vandaag)
            .GroupBy(t => t.Einddatum!.Value).Select(g => new { Dag = g.Key, Aantal = g.Count() })
            .ToListAsync(cancellationToken);
        var actief = alleToekenningen.Where(t => t.Status == ToekenningStatus.Actief && t.Ingangsdatum <= vandaag);
        var lopend = await actief.CountAsync(t => t.Einddatum == null, cancellationToken)
            + await actief.CountAsync(t => t.Einddatum >= vandaag, cancellationToken);
        return new Toekenningcijfers([.. instroom.Select(i => (i.Dag, i.Aantal))], [.. uitstroom.Select(u => (u.Dag, u.Aantal))], lopend);
    }
}
