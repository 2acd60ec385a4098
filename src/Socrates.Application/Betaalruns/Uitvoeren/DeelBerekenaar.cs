using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betaalruns.Gemeenschappelijk;
using Socrates.Application.Betalingen.Grootboek;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;
using Socrates.Domain.Rekenkern;
using Socrates.Domain.Terugvorderingen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Betaalruns.Uitvoeren;

/// <summary>
/// Computes the payment lines of one part: a handful of set-based queries (no tracking, no query per household), then
/// per household the same rekenkern as a besluit, for the month paid, with that month's norms and municipal rules, and the
/// household's lines through <see cref="Huishoudbetaling"/>. A stable household (its chain unchanged since the last
/// definitive run) is paid from last month's balance alone; a changed one is handed to <see cref="Ketenbetaler"/>, which
/// loads its chain and looks back (docs/betalingen.md).
/// </summary>
public sealed class DeelBerekenaar(ISocratesDb db, Huishoudenlezer lezer, Rechtberekenaar recht, Ketenbetaler ketenbetaler, Aanhoudingslezer aanhouder)
{
    private readonly Dictionary<(GemeenteCode Gemeente, DateOnly Maand), Runstand> _standen = [];

    public async Task<IReadOnlyList<Betaalregel>> BerekenAsync(
        GemeenteCode gemeente, DateOnly maand, int vanToekenningId, int totToekenningId, CancellationToken cancellationToken)
    {
        var instellingen = await recht.RegelsAsync(gemeente, maand, cancellationToken);
        var landelijk = await recht.LandelijkAsync(cancellationToken);
        var stand = await StandAsync(gemeente, maand, cancellationToken);

        // Lists of ids go to the database as one JSON parameter (EF.Parameter): EF Core 10 would otherwise write one SQL
        // parameter per id, and SQLite takes a third of a second to prepare an IN list of 10,000.
        // The part's toekenningen by their primary-key range alone: a range shares its ids with other municipalities, so
        // the gemeente is checked here, in memory, rather than in the query, where SQLite (without statistics) would
        // rather walk the gemeente's whole index than the range.
        var inBereik = await db.Toekenningen.IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.Id >= vanToekenningId && t.Id <= totToekenningId).TeBetalenIn(maand)
            .Select(t => new { t.Id, t.Gemeente }).ToListAsync(cancellationToken);
        var ids = inBereik.Where(t => t.Gemeente == gemeente).Select(t => t.Id).ToList();
        var toekenningen = ids.Count == 0 ? [] : await DeelrijenAsync(gemeente, ids, vanToekenningId, totToekenningId, cancellationToken);
        var tabellen = await lezer.TabellenAsync([.. toekenningen.Select(t => t.AanvraagId)], cancellationToken, maand);
        var aanvragerIds = toekenningen.Select(t => t.AanvragerId).Distinct().ToList();
        var vorige = await VorigeMaandAsync(maand.AddMonths(-1), aanvragerIds, cancellationToken);
        var vorderingen = (await db.Terugvorderingen.AsNoTracking()
                .Where(t => EF.Parameter(aanvragerIds).Contains(t.DebiteurId) && t.Verrekenen
                            && (t.Status == TerugvorderingStatus.Vastgesteld || t.Status == TerugvorderingStatus.InInvordering))
                .OrderBy(t => t.VastgesteldOp).ThenBy(t => t.Id).ToListAsync(cancellationToken))
            .ToLookup(t => t.DebiteurId);

        // The rekenkern is pure: the households of a part are computed on every core.
        var invoer = new Betaalinvoer[toekenningen.Count];
        Parallel.For(0, toekenningen.Count, i => invoer[i] = Invoer(toekenningen[i], maand, instellingen, landelijk, tabellen, vorige));

        // The part's toekenningen by household (ordered by aanvrager, then ingangsdatum): each household a segment of one array.
        Array.Sort(invoer, (a, b) => a.AanvragerId != b.AanvragerId ? a.AanvragerId.CompareTo(b.AanvragerId)
            : a.Ingangsdatum != b.Ingangsdatum ? a.Ingangsdatum.CompareTo(b.Ingangsdatum) : a.ToekenningId.CompareTo(b.ToekenningId));
        var huishoudens = new List<ArraySegment<Betaalinvoer>>();
        for (var begin = 0; begin < invoer.Length;)
        {
            var einde = begin + 1;
            while (einde < invoer.Length && invoer[einde].AanvragerId == invoer[begin].AanvragerId)
            {
                einde++;
            }

            huishoudens.Add(new ArraySegment<Betaalinvoer>(invoer, begin, einde - begin));
            begin = einde;
        }

        var terugblikken = await TerugblikkenAsync(gemeente, vanToekenningId, totToekenningId, maand, Ondergrens(stand, maand), cancellationToken);
        var gewijzigd = huishoudens.Where(h => IsGewijzigd(h, maand, stand, vorige) || terugblikken.ContainsKey(h[0].AanvragerId))
            .Select(h => h[0].AanvragerId).ToHashSet();
        var beeindigd = stand.RecentBeeindigd.SelectMany(g => g).Where(id => id >= vanToekenningId && id <= totToekenningId).ToList();
        var aanhoudingen = await aanhouder.LeesAsync(
            [.. aanvragerIds.Concat(terugblikken.Keys).Concat(stand.RecentBeeindigd.Where(g => g.Any(beeindigd.Contains)).Select(g => g.Key)).Distinct()],
            maand, instellingen.Inkomstenverrekening, cancellationToken);
        var stabiel = gewijzigd.Count == 0 ? huishoudens : huishoudens.Where(h => !gewijzigd.Contains(h[0].AanvragerId)).ToList();
        var uitbetaalmaand = maand.Month == instellingen.VakantietoeslagUitbetaalmaand;
        var regels = new IReadOnlyList<Betaalregel>[stabiel.Count];
        Parallel.For(0, stabiel.Count, i =>
        {
            var aanvrager = stabiel[i][0].AanvragerId;
            regels[i] = Huishoudbetaling.Maak(new Huishoudbetaling.Invoer
            {
                Maand = maand, Lopend = stabiel[i], SaldoVorigeRun = vorige.GetValueOrDefault(aanvrager)?.Saldo ?? Bedrag.Nul, Uitbetaalmaand = uitbetaalmaand,
                Aanhouding = aanhoudingen.GetValueOrDefault(aanvrager) ?? Aanhouding.Geen,
                Verrekenen = vorderingen.Contains(aanvrager) ? Verrekenen(vorderingen[aanvrager], maand) : GeenVerrekening,
            });
        });

        var ketenregels = gewijzigd.Count == 0 && beeindigd.Count == 0 && terugblikken.Count == 0 ? [] : await ketenbetaler.BetaalAsync(
            new Ketenbetaler.Opdracht(gemeente, maand, vanToekenningId, totToekenningId, instellingen, landelijk, stand, vorige, terugblikken, aanhoudingen),
            [.. invoer.Where(i => gewijzigd.Contains(i.AanvragerId))], beeindigd, vorderingen, cancellationToken);
        var uit = new List<Betaalregel>(invoer.Length + ketenregels.Count);
        foreach (var r in regels)
        {
            uit.AddRange(r);
        }

        uit.AddRange(ketenregels);
        return uit;
    }

    /// <summary>
    /// The households with a toekenning in the part's range that still wait for the nabetaling of an indexering
    /// (docs/normen.md) or have an inkomstenopgave for an earlier month that no definitive run has settled yet
    /// (docs/inkomsten.md): per aanvrager the first month concerned, from which the run looks back on it. An opgave of a
    /// month before <paramref name="vanaf"/> is not looked back on, as no look-back is (<see cref="Terugblik"/>): a month
    /// before the overgangsmaand was paid by the previous system, not by Socrates, and there is nothing of it to settle.
    /// </summary>
    private async Task<Dictionary<int, DateOnly>> TerugblikkenAsync(GemeenteCode gemeente, int van, int tot, DateOnly maand, DateOnly vanaf, CancellationToken cancellationToken)
    {
        var indexering = await (from r in db.Indexeringsregels.AsNoTracking()
                                where r.VerwerktInBetaalrunId == null
                                join t in db.Toekenningen.AsNoTracking() on r.AanvragerId equals t.AanvragerId
                                where t.Id >= van && t.Id <= tot
                                select new { r.AanvragerId, r.Maand })
            .ToListAsync(cancellationToken);
        // Without the gemeente's query filter, which would make SQLite walk all the gemeente's opgaven for every part (as
        // for the part's toekenningen above); the gemeente is checked in memory. A replaced opgave is left out: its
        // correction is open for the same month.
        var opgaven = (await (from o in db.Inkomstenopgaven.IgnoreQueryFilters().AsNoTracking()
                              where o.VerwerktInBetaalrunId == null && !o.Vervangen && o.Maand < maand && o.Maand >= vanaf
                              join t in db.Toekenningen.IgnoreQueryFilters().AsNoTracking() on o.AanvragerId equals t.AanvragerId
                              where t.Id >= van && t.Id <= tot
                              select new { o.AanvragerId, o.Maand, t.Gemeente })
                .ToListAsync(cancellationToken))
            .Where(o => o.Gemeente == gemeente).Select(o => new { o.AanvragerId, o.Maand });
        return indexering.Concat(opgaven).GroupBy(r => r.AanvragerId).ToDictionary(g => g.Key, g => g.Min(r => r.Maand));
    }

    /// <summary>A household without claims to set off: the room above the beslagvrije voet stays with it.</summary>
    private static readonly Func<Bedrag, IReadOnlyList<(int TerugvorderingId, Bedrag Bedrag)>> GeenVerrekening = _ => [];

    /// <summary>The allocation of the room above the beslagvrije voet over the household's claims that are set off, oldest first.</summary>
    public static Func<Bedrag, IReadOnlyList<(int TerugvorderingId, Bedrag Bedrag)>> Verrekenen(IEnumerable<Terugvordering> vorderingen, DateOnly maand) =>
        ruimte => [.. Terugvorderingen.Verrekening.Verrekeningsplan.Verdeel(ruimte, vorderingen, maand).Select(p => (p.Vordering.Id, p.Bedrag))];

    /// <summary>
    /// A household is looked at as a chain (loaded whole, looked back on) when a toekenning of it ran in an earlier month
    /// without being paid last month, ends or starts in this month (another toekenning may share the month), had its end
    /// decided since the last definitive run started, or last month's lines kept no balance (lines from before the ledger).
    /// </summary>
    private static bool IsGewijzigd(ArraySegment<Betaalinvoer> huishouden, DateOnly maand, Runstand stand, Dictionary<int, Vorigemaand> vorige)
    {
        var einde = Maand.Van(maand).Laatste;
        var aanvrager = huishouden[0].AanvragerId;
        var vorig = vorige.GetValueOrDefault(aanvrager);
        var ondergrens = Ondergrens(stand, maand);
        return stand.HeeftRecentBeeindigd(aanvrager)
            || (vorig is not null && vorig.Saldo is null)
            || huishouden.Any(t => t.Ingangsdatum >= maand || t.Einddatum <= einde
                || (vorig?.Toekenningen.Contains(t.ToekenningId) != true && t.Ingangsdatum < maand && maand.AddMonths(-1) >= ondergrens));
    }

    /// <summary>The first month the run of <paramref name="maand"/> may look back on: the overgangsmaand, at most 60 months back (Awb 4:104).</summary>
    private static DateOnly Ondergrens(Runstand stand, DateOnly maand) =>
        new[] { stand.Overgangsmaand ?? DateOnly.MinValue, maand.AddMonths(-Herberekening.MaximumMaanden) }.Max();

    private static Betaalinvoer Invoer(
        Deelrij t, DateOnly maand, GemeenteInstellingen instellingen, LandelijkeNormen landelijk, Huishoudentabellen tabellen, Dictionary<int, Vorigemaand> vorige)
    {
        var berekening = Rechtberekenaar.Bereken(tabellen.Gegevens(t.Aanvraag) with { Ingang = t.Ingangsdatum }, maand, instellingen, landelijk);
        var vorig = vorige.GetValueOrDefault(t.AanvragerId);
        return new Betaalinvoer
        {
            Maand = maand, ToekenningId = t.Id, AanvraagId = t.AanvraagId, AanvragerId = t.AanvragerId,
            Naam = Persoon.Volledig(t.Voornamen, t.Voorvoegsel, t.Achternaam), Iban = t.Iban?.Waarde,
            Ingangsdatum = t.Ingangsdatum, Einddatum = t.Einddatum, SvbBevoegdVanaf = SvbBevoegdheid.Vanaf(t.Aanvraag.AanvragerGeboren, t.Aanvraag.PartnerGeboren, landelijk.AowLeeftijden),
            Recht = berekening?.Recht ?? false, Norm = berekening?.Norm ?? Bedrag.Nul, InkomenInAanmerking = berekening?.InkomenInAanmerking ?? Bedrag.Nul,
            BijstandHeleMaand = berekening?.Bijstand ?? Bedrag.Nul, VorigBedrag = vorig?.TeBetalen, VorigeVakantietoeslagUitbetaald = vorig?.Uitbetaald ?? Bedrag.Nul,
            BeslagvrijeVoetPercentage = instellingen.BeslagvrijeVoetPercentage, BeslagvrijeVoetGrondslag = instellingen.BeslagvrijeVoetGrondslag,
        };
    }

    /// <summary>One row per toekenning with its aanvraag, aanvrager and partner, each found by primary key.</summary>
    private async Task<List<Deelrij>> DeelrijenAsync(GemeenteCode gemeente, List<int> ids, int van, int tot, CancellationToken cancellationToken)
    {
        var rijen = await (
                from t in db.Toekenningen.IgnoreQueryFilters().Where(t => EF.Parameter(ids).Contains(t.Id))
                join a in db.Aanvragen.IgnoreQueryFilters() on t.AanvraagId equals a.Id
                join p in db.Personen.IgnoreQueryFilters() on t.AanvragerId equals p.Id
                join pp in db.Personen.IgnoreQueryFilters() on a.PartnerId equals (int?)pp.Id into partners
                from pp in partners.DefaultIfEmpty()
                orderby t.Id
                select new Deelrij(
                    t.Id, t.AanvraagId, t.AanvragerId, t.Ingangsdatum, t.Einddatum, p.Voornamen, p.Voorvoegsel, p.Achternaam, p.Iban,
                    new Aanvraagrij(a.Id, a.Soort, a.Wijziging.BijstandSinds, a.Besluitvorming.Soort, a.Besluitvorming.Ingangsdatum, a.Schulden, a.Woonsituatie, a.WozWaarde != null, p.Geboortedatum,
                        pp == null ? null : pp.Geboortedatum),
                    a.Gemeente == gemeente && p.Gemeente == gemeente && (pp == null || pp.Gemeente == gemeente)))
            .AsNoTracking().ToListAsync(cancellationToken);
        if (rijen.Count != ids.Count || rijen.Any(t => !t.VanGemeente))
        {
            throw new InvalidOperationException($"Een toekenning in deel {van}–{tot} hoort met haar aanvraag, aanvrager of partner niet bij {gemeente}.");
        }

        return rijen;
    }

    /// <summary>
    /// Per household its maandbetalingen of the definitive run of the month before: what they transferred (for the signal
    /// of a changed amount), which toekenningen they paid, and the balance of the vakantietoeslag after that run.
    /// </summary>
    private async Task<Dictionary<int, Vorigemaand>> VorigeMaandAsync(DateOnly vorige, List<int> aanvragerIds, CancellationToken cancellationToken)
    {
        var definitief = db.Betaalruns.Where(r => r.Maand == vorige && r.Status == BetaalrunStatus.Definitief).Select(r => r.Id);
        return (await db.Betalingen.AsNoTracking()
                .Where(b => b.Maand == vorige && EF.Parameter(aanvragerIds).Contains(b.AanvragerId) && definitief.Contains(b.BetaalrunId))
                .Select(b => new { b.AanvragerId, b.ToekenningId, b.Soort, b.TeBetalen, b.VakantietoeslagUitbetaald, b.VakantietoeslagSaldo })
                .ToListAsync(cancellationToken))
            .GroupBy(b => b.AanvragerId).ToDictionary(g => g.Key, g =>
            {
                var maandbetalingen = g.Where(b => b.Soort == BetalingSoort.Maandbetaling).ToList();
                return new Vorigemaand(
                    maandbetalingen.Aggregate(Bedrag.Nul, (som, b) => som + b.TeBetalen), maandbetalingen.Aggregate(Bedrag.Nul, (som, b) => som + b.VakantietoeslagUitbetaald),
                    maandbetalingen.Select(b => b.ToekenningId).ToHashSet(), g.Select(b => b.VakantietoeslagSaldo).FirstOrDefault(s => s is not null));
            });
    }

    /// <summary>The municipality's overgang, the start of its last definitive run before <paramref name="maand"/>, and the toekenningen ended since.</summary>
    private async Task<Runstand> StandAsync(GemeenteCode gemeente, DateOnly maand, CancellationToken cancellationToken)
    {
        if (_standen.TryGetValue((gemeente, maand), out var stand))
        {
            return stand;
        }

        var overgang = await db.Gemeenten.AsNoTracking().Where(g => g.Code == gemeente).Select(g => g.Overgangsmaand).SingleAsync(cancellationToken);
        var gestart = await db.Betaalruns.AsNoTracking().Where(r => r.Maand < maand && r.Status == BetaalrunStatus.Definitief).OrderByDescending(r => r.Maand)
            .Select(r => (DateTime?)r.GestartOp).FirstOrDefaultAsync(cancellationToken);
        var sinds = gestart is { } g ? DateOnly.FromDateTime(Klok.InAmsterdam(new DateTimeOffset(g, TimeSpan.Zero)).DateTime) : DateOnly.MinValue;
        var beeindigd = await db.Toekenningen.AsNoTracking().Where(t => t.Status == ToekenningStatus.Beeindigd && t.BeeindigdOp >= sinds)
            .Select(t => new { t.AanvragerId, t.Id }).ToListAsync(cancellationToken);
        stand = new Runstand(overgang, sinds, beeindigd.ToLookup(t => t.AanvragerId, t => t.Id));
        _standen[(gemeente, maand)] = stand;
        return stand;
    }

    /// <summary>A toekenning of the part with its aanvrager's name and IBAN and the columns its household needs.</summary>
    private sealed record Deelrij(
        int Id, int AanvraagId, int AanvragerId, DateOnly Ingangsdatum, DateOnly? Einddatum, string Voornamen, string? Voorvoegsel, string Achternaam,
        Iban? Iban, Aanvraagrij Aanvraag, bool VanGemeente)
    {
        public override string ToString() => Persoonsgegevens.Verborgen(this);
    }
}
