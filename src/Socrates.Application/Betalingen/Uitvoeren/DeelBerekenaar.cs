using Microsoft.EntityFrameworkCore;
using Socrates.Application.Aanvragen.Berekening;
using Socrates.Application.Betalingen.Gemeenschappelijk;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Verrekening;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Personen;
using Socrates.Domain.Rekenkern;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Betalingen.Uitvoeren;

/// <summary>
/// Computes the payment lines of one part: a handful of set-based queries (no tracking, no query per household), then
/// per household the same rekenkern as a besluit, for the month paid, with that month's norms and municipal rules.
/// </summary>
public sealed class DeelBerekenaar(ISocratesDb db, IGemeenteregels regels)
{
    /// <summary>The municipal rules per month, read once for all the parts a worker computes (a scope is one worker).</summary>
    private readonly Dictionary<(GemeenteCode Gemeente, DateOnly Maand), GemeenteInstellingen> _instellingen = [];

    public async Task<IReadOnlyList<Betaalregel>> BerekenAsync(
        GemeenteCode gemeente, DateOnly maand, int vanToekenningId, int totToekenningId, CancellationToken cancellationToken)
    {
        if (!_instellingen.TryGetValue((gemeente, maand), out var instellingen))
        {
            instellingen = await regels.OpAsync(gemeente, maand, cancellationToken);
            _instellingen[(gemeente, maand)] = instellingen;
        }

        // Lists of ids go to the database as one JSON parameter (EF.Parameter): EF Core 10 would otherwise write one SQL
        // parameter per id, and SQLite takes a third of a second to prepare an IN list of 10,000.
        // The part's toekenningen by their primary-key range alone: a range shares its ids with other municipalities, so
        // the gemeente is checked here, in memory, rather than in the query, where SQLite (without statistics) would
        // rather walk the gemeente's whole index than the range.
        var inBereik = await db.Toekenningen.IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.Id >= vanToekenningId && t.Id <= totToekenningId).TeBetalenIn(maand)
            .Select(t => new { t.Id, t.Gemeente }).ToListAsync(cancellationToken);
        var ids = inBereik.Where(t => t.Gemeente == gemeente).Select(t => t.Id).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        // One row per toekenning with its aanvraag, aanvrager and partner, each found by primary key.
        var toekenningen = await (
                from t in db.Toekenningen.IgnoreQueryFilters().Where(t => EF.Parameter(ids).Contains(t.Id))
                join a in db.Aanvragen.IgnoreQueryFilters() on t.AanvraagId equals a.Id
                join p in db.Personen.IgnoreQueryFilters() on t.AanvragerId equals p.Id
                join pp in db.Personen.IgnoreQueryFilters() on a.PartnerId equals (int?)pp.Id into partners
                from pp in partners.DefaultIfEmpty()
                orderby t.Id
                select new Deelrij(
                    t.Id, t.AanvraagId, t.AanvragerId, t.Ingangsdatum, t.Einddatum, a.Soort, a.BijstandSinds, a.Besluit, a.Ingangsdatum,
                    a.Schulden, a.Woonsituatie, a.WozWaarde != null, p.Voornamen, p.Voorvoegsel, p.Achternaam, p.Geboortedatum, p.Iban,
                    pp == null ? null : pp.Geboortedatum, a.Gemeente == gemeente && p.Gemeente == gemeente && (pp == null || pp.Gemeente == gemeente)))
            .AsNoTracking().ToListAsync(cancellationToken);
        if (toekenningen.Count != ids.Count || toekenningen.Any(t => !t.VanGemeente))
        {
            throw new InvalidOperationException($"Een toekenning in deel {vanToekenningId}–{totToekenningId} hoort met haar aanvraag, aanvrager of partner niet bij {gemeente}.");
        }

        var huishoudens = await HuishoudensAsync([.. toekenningen.Select(t => t.AanvraagId)], cancellationToken);
        var aanvragerIds = toekenningen.Select(t => t.AanvragerId).Distinct().ToList();
        var vorige = maand.AddMonths(-1);
        var einde = maand.AddMonths(1).AddDays(-1);
        var vorigBedrag = (await db.Betalingen.AsNoTracking()
                .Where(b => b.Maand == vorige && EF.Parameter(aanvragerIds).Contains(b.AanvragerId))
                .Select(b => new { b.AanvragerId, b.TeBetalen, b.VakantietoeslagUitbetaald }).ToListAsync(cancellationToken))
            .GroupBy(b => b.AanvragerId).ToDictionary(g => g.Key, g => (
                TeBetalen: g.Aggregate(Bedrag.Nul, (som, b) => som + b.TeBetalen),
                Vakantietoeslag: g.Aggregate(Bedrag.Nul, (som, b) => som + b.VakantietoeslagUitbetaald)));
        var vorderingen = (await db.Terugvorderingen.AsNoTracking()
                .Where(t => EF.Parameter(aanvragerIds).Contains(t.DebiteurId) && t.Verrekenen
                            && (t.Status == TerugvorderingStatus.Vastgesteld || t.Status == TerugvorderingStatus.InInvordering))
                .OrderBy(t => t.VastgesteldOp).ThenBy(t => t.Id).ToListAsync(cancellationToken))
            .ToLookup(t => t.DebiteurId);
        var laatste = await LaatsteIngangAsync(maand, toekenningen.Select(t => (t.AanvragerId, t.Ingangsdatum, t.Einddatum)).ToList(), cancellationToken);
        var eindigend = toekenningen.Where(t => t.Einddatum is { } e && e < einde && laatste[t.AanvragerId] == t.Ingangsdatum)
            .Select(t => t.AanvragerId).ToHashSet();
        var uitbetalingen = await VakantietoeslagAsync(maand, instellingen.VakantietoeslagUitbetaalmaand, aanvragerIds, eindigend, cancellationToken);
        // The rekenkern is pure: the households of a part are computed on every core.
        var regelsUit = new Betaalregel[toekenningen.Count];
        Parallel.For(0, toekenningen.Count, i =>
        {
            var t = toekenningen[i];
            var berekening = Bereken(huishoudens.Gegevens(t), maand, instellingen);
            // The household's last toekenning in the month gets the vakantietoeslag; the verrekening only one that runs on.
            var isLaatste = laatste[t.AanvragerId] == t.Ingangsdatum;
            var hoofdregel = isLaatste && (t.Einddatum is null || t.Einddatum >= einde);
            var invoer = new Betaalinvoer
            {
                Maand = maand, ToekenningId = t.Id, AanvraagId = t.AanvraagId, AanvragerId = t.AanvragerId,
                Naam = Persoon.Volledig(t.Voornamen, t.Voorvoegsel, t.Achternaam), Iban = t.Iban?.Waarde,
                Ingangsdatum = t.Ingangsdatum, Einddatum = t.Einddatum, SvbBevoegdVanaf = SvbBevoegdheid.Vanaf(t.AanvragerGeboren, t.PartnerGeboren),
                Recht = berekening?.Recht ?? false,
                Norm = berekening?.Norm ?? Bedrag.Nul, InkomenInAanmerking = berekening?.InkomenInAanmerking ?? Bedrag.Nul,
                BijstandHeleMaand = berekening?.Bijstand ?? Bedrag.Nul,
                VakantietoeslagUitbetaling = isLaatste ? uitbetalingen.GetValueOrDefault(t.AanvragerId) : Bedrag.Nul,
                LaatsteBetaling = eindigend.Contains(t.AanvragerId),
                VorigBedrag = vorigBedrag.TryGetValue(t.AanvragerId, out var v) ? v.TeBetalen : null,
                VorigeVakantietoeslagUitbetaald = v.Vakantietoeslag,
                BeslagvrijeVoetPercentage = instellingen.BeslagvrijeVoetPercentage, BeslagvrijeVoetGrondslag = instellingen.BeslagvrijeVoetGrondslag,
            };
            regelsUit[i] = Betaalregel.Maak(invoer, ruimte => hoofdregel
                ? [.. Verrekeningsplan.Verdeel(ruimte, vorderingen[t.AanvragerId], maand).Select(p => (p.Vordering.Id, p.Bedrag))]
                : []);
        });

        return regelsUit;
    }

    /// <summary>The rekenkern for the month; a household it refuses (incomplete facts) gets no bijstand and shows up as a signal.</summary>
    private static Berekening? Bereken(Huishoudensgegevens gegevens, DateOnly maand, GemeenteInstellingen instellingen)
    {
        try
        {
            return Rekenkern.Bereken(Huishoudensnapshot.Huishouden(gegevens, maand), maand, instellingen);
        }
        catch (DomeinregelException)
        {
            return null;
        }
    }

    /// <summary>
    /// The child tables of the part's aanvragen (kinderen, medebewoners, inkomsten, bezittingen), each in one query on
    /// the aanvragen's ids (checked for the gemeente by the caller) and joined in memory by aanvraag id. No
    /// <see cref="Aanvraag"/> is materialised (its six owned collections cost most of the run when it was).
    /// </summary>
    private async Task<Huishoudentabellen> HuishoudensAsync(List<int> aanvraagIds, CancellationToken cancellationToken)
    {
        var aanvragen = db.Aanvragen.IgnoreQueryFilters().AsNoTracking().Where(a => EF.Parameter(aanvraagIds).Contains(a.Id));
        var kinderen = (await aanvragen.SelectMany(a => a.Kinderen, (a, k) => new { a.Id, k.Geboortedatum })
            .ToListAsync(cancellationToken)).ToLookup(k => k.Id, k => k.Geboortedatum);
        var medebewoners = (await aanvragen
                .SelectMany(a => a.Medebewoners, (a, m) => new { a.Id, m.Naam, m.Geboortedatum, m.FamilieTotTweedeGraad, m.Student, m.CommercieleOvereenkomst, m.OvereenkomstMetDerde })
                .ToListAsync(cancellationToken))
            .ToLookup(m => m.Id, m => new Medebewoner(m.Naam, m.Geboortedatum, m.FamilieTotTweedeGraad, m.Student, m.CommercieleOvereenkomst, m.OvereenkomstMetDerde));
        var inkomsten = (await aanvragen.SelectMany(a => a.Inkomsten, (a, i) => new { a.Id, i.Van, i.Soort, i.NettoPerMaand, i.Vanaf, i.Tot })
                .ToListAsync(cancellationToken))
            .ToLookup(i => i.Id, i => new Inkomen(i.Van, i.Soort, i.NettoPerMaand, i.Vanaf, i.Tot));
        var bezittingen = (await aanvragen.SelectMany(a => a.Bezittingen, (a, b) => new { a.Id, b.Waarde }).ToListAsync(cancellationToken))
            .GroupBy(b => b.Id).ToDictionary(g => g.Key, g => g.Aggregate(Bedrag.Nul, (som, b) => som + b.Waarde));
        return new Huishoudentabellen(kinderen, medebewoners, inkomsten, bezittingen);
    }

    /// <summary>A toekenning of the part with the columns of its aanvraag, aanvrager and partner that the run needs.</summary>
    private sealed record Deelrij(
        int Id, int AanvraagId, int AanvragerId, DateOnly Ingangsdatum, DateOnly? Einddatum, AanvraagSoort Soort,
        DateOnly? BijstandSinds, Besluitsoort? Besluit, DateOnly? AanvraagIngangsdatum, Bedrag Schulden, Woonsituatie? Woonsituatie,
        bool EigenWoning, string Voornamen, string? Voorvoegsel, string Achternaam, DateOnly AanvragerGeboren, Iban? Iban, DateOnly? PartnerGeboren,
        bool VanGemeente);

    /// <summary>The part's child rows by aanvraag id; with a <see cref="Deelrij"/> they become the snapshot's input.</summary>
    private sealed record Huishoudentabellen(
        ILookup<int, DateOnly> Kinderen, ILookup<int, Medebewoner> Medebewoners, ILookup<int, Inkomen> Inkomsten, Dictionary<int, Bedrag> Bezittingen)
    {
        public Huishoudensgegevens Gegevens(Deelrij t) => new()
        {
            AanvragerGeboren = t.AanvragerGeboren, PartnerGeboren = t.PartnerGeboren,
            BeginBijstand = Aanvraag.BeginBijstandVan(t.Soort, t.BijstandSinds, t.Besluit, t.AanvraagIngangsdatum), Ingang = t.Ingangsdatum,
            Kinderen = [.. Kinderen[t.AanvraagId]], Medebewoners = [.. Medebewoners[t.AanvraagId]], Inkomsten = [.. Inkomsten[t.AanvraagId]],
            Bezittingen = Bezittingen.GetValueOrDefault(t.AanvraagId), Schulden = t.Schulden, Woonsituatie = t.Woonsituatie, EigenWoning = t.EigenWoning,
        };
    }

    /// <summary>
    /// Per household the ingangsdatum of its last toekenning paid this month. A household whose toekenning ends in the
    /// month may have its successor in another part, so only for those the whole month is asked.
    /// </summary>
    private async Task<Dictionary<int, DateOnly>> LaatsteIngangAsync(
        DateOnly maand, List<(int AanvragerId, DateOnly Ingangsdatum, DateOnly? Einddatum)> toekenningen, CancellationToken cancellationToken)
    {
        var laatste = toekenningen.GroupBy(t => t.AanvragerId).ToDictionary(g => g.Key, g => g.Max(t => t.Ingangsdatum));
        var einde = maand.AddMonths(1).AddDays(-1);
        var eindigend = toekenningen.Where(t => t.Einddatum is { } e && e < einde).Select(t => t.AanvragerId).Distinct().ToList();
        if (eindigend.Count > 0)
        {
            var elders = await db.Toekenningen.AsNoTracking().TeBetalenIn(maand).Where(t => EF.Parameter(eindigend).Contains(t.AanvragerId))
                .Select(t => new { t.AanvragerId, t.Ingangsdatum }).ToListAsync(cancellationToken);
            foreach (var t in elders.Where(t => t.Ingangsdatum > laatste[t.AanvragerId]))
            {
                laatste[t.AanvragerId] = t.Ingangsdatum;
            }
        }

        return laatste;
    }

    /// <summary>
    /// Art. 45 lid 1: in the payout month the vakantietoeslag reserved in the twelve months before is paid; when the
    /// bijstand ends this month, what was reserved since the last payout month is paid with the last payment (the
    /// month's own share is added by <see cref="Betaalregel"/>). Only definitive runs count: a proefrun paid nothing.
    /// </summary>
    private async Task<Dictionary<int, Bedrag>> VakantietoeslagAsync(
        DateOnly maand, int uitbetaalmaand, List<int> aanvragers, HashSet<int> eindigend, CancellationToken cancellationToken)
    {
        var betrokken = maand.Month == uitbetaalmaand ? aanvragers : [.. eindigend];
        if (betrokken.Count == 0)
        {
            return [];
        }

        var vanaf = maand.Month == uitbetaalmaand ? maand.AddMonths(-12) : NaLaatsteUitbetaalmaand(maand, uitbetaalmaand);
        var definitief = db.Betaalruns.Where(r => r.Status == BetaalrunStatus.Definitief).Select(r => r.Id);
        return (await db.Betalingen.AsNoTracking()
                .Where(b => b.Maand >= vanaf && b.Maand < maand && EF.Parameter(betrokken).Contains(b.AanvragerId) && definitief.Contains(b.BetaalrunId))
                .Select(b => new { b.AanvragerId, b.VakantietoeslagGereserveerd }).ToListAsync(cancellationToken))
            .GroupBy(b => b.AanvragerId).ToDictionary(g => g.Key, g => g.Aggregate(Bedrag.Nul, (som, b) => som + b.VakantietoeslagGereserveerd));
    }

    /// <summary>The first month after the most recent payout month before <paramref name="maand"/>.</summary>
    private static DateOnly NaLaatsteUitbetaalmaand(DateOnly maand, int uitbetaalmaand)
    {
        var jaar = maand.Month > uitbetaalmaand ? maand.Year : maand.Year - 1;
        return new DateOnly(jaar, uitbetaalmaand, 1).AddMonths(1);
    }
}
