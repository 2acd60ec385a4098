using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Personen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Inkomstenopgaven.Gemeenschappelijk;

/// <summary>
/// The rules of an opgave that need the database, with their Dutch messages, shared by the quick entry (one opgave) and the
/// CSV import (thousands): each lookup takes a set and costs one query however many opgaven ask, so the import makes a
/// few queries and not one per row. All lookups stay within the user's gemeente (the query filter).
/// </summary>
public static class Opgaveregels
{
    public const string OngeldigeKlant = "Vul een BSN van negen cijfers (met een geldige elfproef) of een dossiernummer in.";

    public const string OnbekendeKlant = "Er is in uw gemeente geen klant met dit BSN of dossiernummer.";

    public const string GeenPartner = "Dit huishouden heeft geen partner: de opgave is van de aanvrager.";

    public static string GeenBijstand(Maand maand) => $"Deze klant had in {maand.Voluit} geen bijstand: er is geen toekenning die toen liep.";

    public static string AlGeregistreerd(string werkgever, Maand maand) =>
        $"Er is al een opgave van {werkgever} over {maand.Eerste:MM-yyyy}: corrigeer die opgave in plaats van een tweede te registreren.";

    /// <summary>
    /// A BSN (nine digits, or eight with the leading zero lost, passing the elfproef) or a dossiernummer (a positive whole
    /// number of at most eight digits that is no BSN). Nine digits that fail the elfproef are a mistyped BSN, not a dossier.
    /// </summary>
    public static bool IsKlantnummer(string invoer) => Bsn.IsGeldig(invoer) || Dossiernummer(invoer) is not null;

    /// <summary>
    /// The aanvrager of each client as typed (a BSN: that person; a dossiernummer: the aanvrager of that aanvraag), by the
    /// trimmed input; a client not found in the gemeente is missing. Two queries.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, int>> AanvragersAsync(
        ISocratesDb db, IEnumerable<string> klanten, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var invoer = klanten.Select(k => k.Trim()).Where(IsKlantnummer).Distinct(StringComparer.Ordinal).ToList();
        var bsns = invoer.Where(Bsn.IsGeldig).Select(Bsn.Parse).Distinct().ToList();
        var dossiers = invoer.Where(k => !Bsn.IsGeldig(k)).Select(k => Dossiernummer(k)!.Value).Distinct().ToList();
        var perBsn = bsns.Count == 0 ? [] : await db.Personen.AsNoTracking().Where(p => EF.Parameter(bsns).Contains(p.Bsn))
            .Select(p => new { p.Bsn, p.Id }).ToListAsync(cancellationToken);
        var perDossier = dossiers.Count == 0 ? [] : await db.Aanvragen.AsNoTracking().Where(a => EF.Parameter(dossiers).Contains(a.Id))
            .Select(a => new { a.Id, a.AanvragerId }).ToListAsync(cancellationToken);
        var persoon = perBsn.ToDictionary(p => p.Bsn.Waarde, p => p.Id, StringComparer.Ordinal);
        var aanvraag = perDossier.ToDictionary(a => a.Id, a => a.AanvragerId);

        var gevonden = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var k in invoer)
        {
            int? id = Bsn.IsGeldig(k)
                ? persoon.TryGetValue(Bsn.Parse(k).Waarde, out var p) ? p : null
                : aanvraag.TryGetValue(Dossiernummer(k)!.Value, out var a) ? a : null;
            if (id is { } gevondenId)
            {
                gevonden[k] = gevondenId;
            }
        }

        return gevonden;
    }

    /// <summary>The decided toekenningen (actief or beëindigd) of these aanvragers that ran in some month from <paramref name="van"/> to <paramref name="tot"/>. One query.</summary>
    public static async Task<ILookup<int, Opgavetoekenning>> ToekenningenAsync(
        ISocratesDb db, IReadOnlyCollection<int> aanvragers, Maand van, Maand tot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = aanvragers.Distinct().ToList();
        var gevonden = ids.Count == 0 ? [] : await Projectie(db, db.Toekenningen.Where(t =>
                EF.Parameter(ids).Contains(t.AanvragerId) && (t.Status == ToekenningStatus.Actief || t.Status == ToekenningStatus.Beeindigd)
                && t.Ingangsdatum <= tot.Laatste && (t.Einddatum == null || t.Einddatum >= van.Eerste)))
            .ToListAsync(cancellationToken);
        return gevonden.ToLookup(t => t.AanvragerId);
    }

    /// <summary>Of an aanvrager's toekenningen, the latest that ran in the month (by ingangsdatum, then id); null when none did.</summary>
    public static Opgavetoekenning? Kies(IEnumerable<Opgavetoekenning> vanAanvrager, Maand maand) =>
        vanAanvrager.Where(t => t.IsBesloten && t.LooptIn(maand)).OrderByDescending(t => t.Ingangsdatum).ThenByDescending(t => t.Id).FirstOrDefault();

    /// <summary>The toekenningen as an opgave needs them, with whether the household (the aanvraag) has a partner.</summary>
    public static IQueryable<Opgavetoekenning> Projectie(ISocratesDb db, IQueryable<Toekenning> toekenningen)
    {
        ArgumentNullException.ThrowIfNull(db);
        return from t in toekenningen.AsNoTracking()
               join a in db.Aanvragen on t.AanvraagId equals a.Id
               select new Opgavetoekenning(t.Id, t.Gemeente, t.AanvragerId, t.Status, t.Ingangsdatum, t.Einddatum, a.PartnerId != null);
    }

    /// <summary>The opgaven that count (not corrected) of these toekenningen from <paramref name="van"/> to <paramref name="tot"/>. One query.</summary>
    public static async Task<HashSet<Opgavesleutel>> BestaandeAsync(
        ISocratesDb db, IReadOnlyCollection<int> toekenningen, Maand van, Maand tot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = toekenningen.Distinct().ToList();
        var rijen = ids.Count == 0 ? [] : await db.Inkomstenopgaven.AsNoTracking()
            .Where(o => EF.Parameter(ids).Contains(o.ToekenningId) && !o.Vervangen && o.Maand >= van.Eerste && o.Maand <= tot.Eerste)
            .Select(o => new { o.ToekenningId, o.Maand, o.Van, o.Werkgever }).ToListAsync(cancellationToken);
        return [.. rijen.Select(o => Opgavesleutel.Voor(o.ToekenningId, o.Maand, o.Van, o.Werkgever))];
    }

    private static int? Dossiernummer(string invoer) =>
        invoer.Length <= 8 && int.TryParse(invoer, NumberStyles.None, CultureInfo.InvariantCulture, out var nummer) && nummer > 0 ? nummer : null;
}
