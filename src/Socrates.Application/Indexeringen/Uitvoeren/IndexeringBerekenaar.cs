using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betalingen.Grootboek;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Betalingen;
using Socrates.Domain.Gemeenschappelijk;
using Socrates.Domain.Indexeringen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Indexeringen.Uitvoeren;

/// <summary>
/// The household-months of one part of an indexering whose recht the new normenset changed: the households whose latest
/// toekenning running in the months lies in the part are loaded as chains (a handful of set-based queries, no query per
/// household), their recht computed per month twice — on the national figures without the set and with it, each month with
/// the gemeente's own rules of that month, by the same rekenkern as the betaalrun — and the new ledger made against what
/// definitive runs actually paid (<see cref="Huishoudgrootboek"/>). What the new figures made paid too much is waived or
/// recovered as the gemeente's rule of today says. See docs/normen.md, "Indexering".
/// </summary>
public sealed class IndexeringBerekenaar(
    ISocratesDb db, Ketenlader lader, Rechtberekenaar recht, ILandelijkeNormen normen, IGemeenteregels regels, TimeProvider klok)
{
    public async Task<IReadOnlyList<Indexeringsregel>> BerekenAsync(Indexering indexering, IndexeringDeel deel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(indexering);
        ArgumentNullException.ThrowIfNull(deel);
        var van = indexering.VanMaand;
        var tot = indexering.TotMaand;
        var einde = Maand.Van(tot).Laatste;
        var aanvragers = await db.Toekenningen.AsNoTracking()
            .Where(t => t.Id >= deel.VanToekenningId && t.Id <= deel.TotToekenningId
                        && (t.Status == ToekenningStatus.Actief || t.Status == ToekenningStatus.Beeindigd)
                        && t.Ingangsdatum <= einde && (t.Einddatum == null || t.Einddatum >= van))
            .Select(t => t.AanvragerId).Distinct().ToListAsync(cancellationToken);
        if (aanvragers.Count == 0)
        {
            return [];
        }

        var ketens = await lader.LaadAsync(aanvragers, cancellationToken);
        var eigen = ketens.PerAanvrager.Values
            .Select(k => (Keten: k, Lopend: k.Toekenningen.Where(t => t.Ingangsdatum <= einde && (t.Einddatum is null || t.Einddatum >= van)).ToList()))
            .Where(k => k.Lopend.Count > 0 && Anker(k.Lopend).Id >= deel.VanToekenningId && Anker(k.Lopend).Id <= deel.TotToekenningId)
            .ToList();
        var toekenningen = eigen.SelectMany(k => k.Keten.Toekenningen).ToList();
        var nieuw = (await recht.RechtAsync(indexering.Gemeente, toekenningen, ketens.Huishoudens, van, tot, cancellationToken)).ToLookup(p => p.ToekenningId);
        var zonder = await normen.ZonderAsync(indexering.NormensetId, cancellationToken);
        var oud = (await recht.RechtAsync(indexering.Gemeente, toekenningen, ketens.Huishoudens, van, tot, cancellationToken, zonder)).ToLookup(p => p.ToekenningId);

        // Whether what the new figures made paid too much is recovered: the gemeente's rule on the day the indexering runs.
        var terugvorderen = (await regels.OpAsync(indexering.Gemeente, klok.Vandaag(), cancellationToken)).IndexeringTeveelTerugvorderen;
        var uit = new List<Indexeringsregel>();
        foreach (var (keten, lopend) in eigen)
        {
            var rechtNieuw = keten.Toekenningen.SelectMany(t => nieuw[t.Id]).ToList();
            var rechtOud = keten.Toekenningen.SelectMany(t => oud[t.Id]).GroupBy(p => p.Maand)
                .ToDictionary(g => g.Key, g => g.Aggregate(Maanddeel.Nul, (som, p) => som + p.Bedrag));
            var grootboek = keten.Grootboek(rechtNieuw, van, tot);
            var anker = Anker(lopend);
            uit.AddRange(Indexeringsregel.Bepaal(indexering, keten.AanvragerId, grootboek, rechtOud,
                maand => lopend.Where(t => t.DagenIn(maand) > 0).OrderBy(t => t.Ingangsdatum).ThenBy(t => t.Id).LastOrDefault()?.Id ?? anker.Id,
                terugvorderen));
        }

        return uit;
    }

    /// <summary>The household's latest toekenning that ran in the months: the part that holds it computes the household.</summary>
    private static Ketentoekenning Anker(List<Ketentoekenning> lopend) => lopend.OrderBy(t => t.Ingangsdatum).ThenBy(t => t.Id).Last();
}
