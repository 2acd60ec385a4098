using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gebruikers;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;
using Socrates.Domain.Terugvorderingen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.TeBeoordelen.Lijst;

/// <summary>
/// Six counts and at most six page queries, one per kind in the list's order (proefruns waiting to be made definitive;
/// proposed besluiten, oldest first; proposed terugvorderingen by the day proposed; proposed afzien; proposed vaststellingen
/// of a dwangsom; proposed beslissingen op bezwaar), each joined to the
/// person and the toekenningen it needs, and the proposers' names in one query: a fixed number whatever the page size. A
/// betaalrun's totals are the ones kept on the run when its proefrun was computed, never a sum over its lines.
/// </summary>
internal sealed class TeBeoordelenLezer(ISocratesDb db, IHuidigeGebruiker gebruiker, IGebruikers gebruikers)
{
    /// <summary>Page <paramref name="pagina"/> of <paramref name="grootte"/> rows (brought within the list), with the proposers' names.</summary>
    public async Task<Pagina<TeBeoordelenRegel>> LeesAsync(int? pagina, int grootte, CancellationToken cancellationToken)
    {
        var gemeente = gebruiker.VereisteGemeente();
        var runs = db.Betaalruns.AsNoTracking().Where(r => r.Status == BetaalrunStatus.Proef);
        var besluiten = db.Aanvragen.AsNoTracking().Where(a => a.Status == AanvraagStatus.BesluitVoorgesteld);
        var vorderingen = db.Terugvorderingen.AsNoTracking().Where(t => t.Status == TerugvorderingStatus.Voorgesteld);
        var afzien = db.Terugvorderingen.AsNoTracking().Where(t => t.AfzienVoorgesteldDoor != null);
        var dwangsommen = db.Aanvragen.AsNoTracking()
            .Where(a => a.Dwangsomvaststelling.VoorgesteldDoor != null && a.Dwangsomvaststelling.VastgesteldOp == null);
        var bezwaren = db.Bezwaren.AsNoTracking().Where(b => b.Status == Domain.Bezwaren.BezwaarStatus.BeslissingVoorgesteld);
        var bronnen = new (int Aantal, Func<int, int, Task<IEnumerable<TeBeoordelenRegel>>> Lees)[]
        {
            (await runs.CountAsync(cancellationToken), (overslaan, aantal) => BetaalrunsAsync(runs, overslaan, aantal, cancellationToken)),
            (await besluiten.CountAsync(cancellationToken), (overslaan, aantal) => BesluitenAsync(besluiten, overslaan, aantal, cancellationToken)),
            (await vorderingen.CountAsync(cancellationToken), (overslaan, aantal) => VorderingenAsync(vorderingen, overslaan, aantal, cancellationToken)),
            (await afzien.CountAsync(cancellationToken), (overslaan, aantal) => AfzienAsync(afzien, overslaan, aantal, cancellationToken)),
            (await dwangsommen.CountAsync(cancellationToken), (overslaan, aantal) => DwangsommenAsync(dwangsommen, overslaan, aantal, cancellationToken)),
            (await bezwaren.CountAsync(cancellationToken), (overslaan, aantal) => BezwarenAsync(bezwaren, overslaan, aantal, cancellationToken)),
        };
        var totaal = bronnen.Sum(b => b.Aantal);
        var nummer = Math.Min(Paginering.Begrens(pagina), Math.Max(1, (int)((totaal + (long)grootte - 1) / grootte)));
        var overslaan = (int)Math.Min(int.MaxValue, (nummer - 1L) * grootte);

        var regels = new List<TeBeoordelenRegel>();
        foreach (var (aantal, lees) in bronnen)
        {
            if (regels.Count < grootte && overslaan < aantal)
            {
                regels.AddRange(await lees(overslaan, grootte - regels.Count));
            }

            overslaan = Math.Max(0, overslaan - aantal);
        }

        var namen = await gebruikers.NamenAsync(gemeente, [.. regels.Select(r => r.VoorgesteldDoor).Distinct(StringComparer.Ordinal)], cancellationToken);
        return new Pagina<TeBeoordelenRegel>(
            [.. regels.Select(r => r with { VoorgesteldDoor = namen.GetValueOrDefault(r.VoorgesteldDoor) ?? "onbekende medewerker" })], nummer, grootte, totaal);
    }

    private async Task<IEnumerable<TeBeoordelenRegel>> BetaalrunsAsync(IQueryable<Betaalrun> runs, int overslaan, int aantal, CancellationToken cancellationToken)
    {
        var rijen = await runs.OrderBy(r => r.Maand).Skip(overslaan).Take(aantal)
            .Select(r => new { r.Id, r.Versie, r.Maand, r.GestartDoor, r.HuishoudensBetaald, r.TotaalBetaald, r.TotaalVerrekend })
            .ToListAsync(cancellationToken);
        return rijen.Select(r => new TeBeoordelenRegel
        {
            Soort = TeBeoordelenSoort.Betaalrun, Id = r.Id, Versie = r.Versie, Naam = "Betaalrun " + Maand.Van(r.Maand).Voluit, Maand = r.Maand,
            Betaaltotalen = r.HuishoudensBetaald is { } huishoudens ? new Betaalruntotalen(huishoudens, r.TotaalBetaald ?? Bedrag.Nul, r.TotaalVerrekend ?? Bedrag.Nul) : null,
            VoorgesteldDoor = r.GestartDoor, Eigen = r.GestartDoor == gebruiker.Id,
        });
    }

    private async Task<IEnumerable<TeBeoordelenRegel>> BesluitenAsync(IQueryable<Aanvraag> besluiten, int overslaan, int aantal, CancellationToken cancellationToken)
    {
        var rijen = await (
                from a in besluiten.OrderBy(a => a.Id).Skip(overslaan).Take(aantal)
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
                    Nieuw = t == null ? null : (Bedrag?)t.TeBetalen, VoorgesteldOp = t == null ? null : (DateOnly?)t.VoorgesteldOp,
                    Oud = o == null ? null : (Bedrag?)o.TeBetalen,
                })
            .ToListAsync(cancellationToken);
        return rijen.Select(r => new TeBeoordelenRegel
        {
            Soort = TeBeoordelenSoort.Besluit, Id = r.Id, Versie = r.Versie, Naam = Persoon.Volledig(r.Voornamen, r.Voorvoegsel, r.Achternaam),
            Besluit = r.Soort, IsWijziging = r.Wijziging, Ingangsdatum = r.Ingangsdatum, Nieuw = r.Nieuw, Oud = r.Oud, Afwijzingsgrond = r.Afwijzingsgrond,
            VoorgesteldDoor = r.VoorgesteldDoor ?? "", VoorgesteldOp = r.VoorgesteldOp, Eigen = r.VoorgesteldDoor == gebruiker.Id,
        });
    }

    private async Task<IEnumerable<TeBeoordelenRegel>> VorderingenAsync(IQueryable<Terugvordering> vorderingen, int overslaan, int aantal, CancellationToken cancellationToken)
    {
        var rijen = await (
                from t in vorderingen.OrderBy(t => t.VoorgesteldOp).ThenBy(t => t.Id).Skip(overslaan).Take(aantal)
                join p in db.Personen.AsNoTracking() on t.DebiteurId equals p.Id
                orderby t.VoorgesteldOp, t.Id
                select new { t.Id, t.Versie, p.Voornamen, p.Voorvoegsel, p.Achternaam, t.Grond, t.Totaal, t.VoorgesteldDoor, t.VoorgesteldOp })
            .ToListAsync(cancellationToken);
        return rijen.Select(r => new TeBeoordelenRegel
        {
            Soort = TeBeoordelenSoort.Terugvordering, Id = r.Id, Versie = r.Versie, Naam = Persoon.Volledig(r.Voornamen, r.Voorvoegsel, r.Achternaam),
            Grond = r.Grond, Totaal = r.Totaal, VoorgesteldDoor = r.VoorgesteldDoor, VoorgesteldOp = r.VoorgesteldOp, Eigen = r.VoorgesteldDoor == gebruiker.Id,
        });
    }

    /// <summary>A proposal to refrain keeps no date of its own: in the order of the claims.</summary>
    private async Task<IEnumerable<TeBeoordelenRegel>> AfzienAsync(IQueryable<Terugvordering> afzien, int overslaan, int aantal, CancellationToken cancellationToken)
    {
        var rijen = await (
                from t in afzien.OrderBy(t => t.Id).Skip(overslaan).Take(aantal)
                join p in db.Personen.AsNoTracking() on t.DebiteurId equals p.Id
                orderby t.Id
                select new { t.Id, t.Versie, p.Voornamen, p.Voorvoegsel, p.Achternaam, t.AfzienBedrag, t.AfzienGrond, t.Saldo, t.AfzienVoorgesteldDoor })
            .ToListAsync(cancellationToken);
        return rijen.Select(r => new TeBeoordelenRegel
        {
            Soort = TeBeoordelenSoort.Afzien, Id = r.Id, Versie = r.Versie, Naam = Persoon.Volledig(r.Voornamen, r.Voorvoegsel, r.Achternaam),
            AfzienBedrag = r.AfzienBedrag, AfzienGrond = r.AfzienGrond, Saldo = r.Saldo, VoorgesteldDoor = r.AfzienVoorgesteldDoor!,
            Eigen = r.AfzienVoorgesteldDoor == gebruiker.Id,
        });
    }

    /// <summary>A proposed vaststelling of the dwangsom (Awb 4:18), oldest proposal first: its days and amount, or lid 6.</summary>
    private async Task<IEnumerable<TeBeoordelenRegel>> DwangsommenAsync(IQueryable<Aanvraag> dwangsommen, int overslaan, int aantal, CancellationToken cancellationToken)
    {
        var rijen = await (
                from a in dwangsommen.OrderBy(a => a.Dwangsomvaststelling.VoorgesteldOp).ThenBy(a => a.Id).Skip(overslaan).Take(aantal)
                join p in db.Personen.AsNoTracking() on a.AanvragerId equals p.Id
                orderby a.Dwangsomvaststelling.VoorgesteldOp, a.Id
                select new
                {
                    a.Id, a.Versie, p.Voornamen, p.Voorvoegsel, p.Achternaam, a.Dwangsomvaststelling.Dagen, a.Dwangsomvaststelling.Bedrag,
                    a.Dwangsomvaststelling.GeenDwangsomGrond, a.Dwangsomvaststelling.VoorgesteldDoor, a.Dwangsomvaststelling.VoorgesteldOp,
                })
            .ToListAsync(cancellationToken);
        return rijen.Select(r => new TeBeoordelenRegel
        {
            Soort = TeBeoordelenSoort.Dwangsom, Id = r.Id, Versie = r.Versie, Naam = Persoon.Volledig(r.Voornamen, r.Voorvoegsel, r.Achternaam),
            DwangsomDagen = r.Dagen, DwangsomBedrag = r.Bedrag, GeenDwangsomGrond = r.GeenDwangsomGrond,
            VoorgesteldDoor = r.VoorgesteldDoor!, VoorgesteldOp = r.VoorgesteldOp, Eigen = r.VoorgesteldDoor == gebruiker.Id,
        });
    }

    /// <summary>A proposed beslissing op bezwaar (Awb 7:11), oldest proposal first.</summary>
    private async Task<IEnumerable<TeBeoordelenRegel>> BezwarenAsync(
        IQueryable<Domain.Bezwaren.Bezwaar> bezwaren, int overslaan, int aantal, CancellationToken cancellationToken)
    {
        var rijen = await (
                from b in bezwaren.OrderBy(b => b.BeslissingVoorgesteldOp).ThenBy(b => b.Id).Skip(overslaan).Take(aantal)
                join p in db.Personen.AsNoTracking() on b.PersoonId equals p.Id
                orderby b.BeslissingVoorgesteldOp, b.Id
                select new { b.Id, b.Versie, p.Voornamen, p.Voorvoegsel, p.Achternaam, b.Uitkomst, b.Besluit.Soort, b.BeslissingVoorgesteldDoor, b.BeslissingVoorgesteldOp })
            .ToListAsync(cancellationToken);
        return rijen.Select(r => new TeBeoordelenRegel
        {
            Soort = TeBeoordelenSoort.Bezwaar, Id = r.Id, Versie = r.Versie, Naam = Persoon.Volledig(r.Voornamen, r.Voorvoegsel, r.Achternaam),
            BezwaarUitkomst = r.Uitkomst, BestredenBesluit = r.Soort, VoorgesteldDoor = r.BeslissingVoorgesteldDoor!, VoorgesteldOp = r.BeslissingVoorgesteldOp,
            Eigen = r.BeslissingVoorgesteldDoor == gebruiker.Id,
        });
    }
}
