using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Geld;
using Socrates.Domain.Terugvorderingen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Terugvorderingen.Verrekening;

/// <summary>
/// Which verrekeningen one month's payment of a toekenning withholds: every open claim of its aanvrager that is set off
/// and not yet set off for that month, each its instalment (a fraud claim without one: the whole room) up to its saldo,
/// the oldest claim first, all together never more than the room the beslagvrije voet leaves.
/// </summary>
public static class Verrekeningsplan
{
    public static async Task<(Toekenning Toekenning, Verrekenruimte Ruimte, List<(Terugvordering Vordering, Bedrag Bedrag)> Posten)?> MaakAsync(
        ISocratesDb db, IGemeenteregels regels, int toekenningId, DateOnly maand, bool volgen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(regels);
        var toekenning = await db.Toekenningen.AsNoTracking().SingleOrDefaultAsync(t => t.Id == toekenningId, cancellationToken);
        if (toekenning is null)
        {
            return null;
        }

        var ruimte = Verrekenruimte.Van(toekenning, await regels.OpAsync(toekenning.Gemeente, maand, cancellationToken));
        var vorderingen = volgen ? db.Terugvorderingen : db.Terugvorderingen.AsNoTracking();
        var open = await vorderingen
            .Where(t => t.DebiteurId == toekenning.AanvragerId && t.Verrekenen
                        && (t.Status == TerugvorderingStatus.Vastgesteld || t.Status == TerugvorderingStatus.InInvordering))
            .OrderBy(t => t.VastgesteldOp).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        return (toekenning, ruimte, Verdeel(ruimte.Ruimte, open, maand));
    }

    /// <summary>
    /// The instalments of <paramref name="open"/> (the debtor's open claims that are set off, oldest first) within
    /// <paramref name="ruimte"/>, skipping claims already set off for <paramref name="maand"/>. The payment run uses this
    /// directly with the room of the month it computed.
    /// </summary>
    public static List<(Terugvordering Vordering, Bedrag Bedrag)> Verdeel(Bedrag ruimte, IEnumerable<Terugvordering> open, DateOnly maand)
    {
        ArgumentNullException.ThrowIfNull(open);
        var rest = ruimte;
        var posten = new List<(Terugvordering, Bedrag)>();
        foreach (var vordering in open.Where(v => !v.Mutaties.Any(m => m.Soort == MutatieSoort.Verrekening && m.Maand == maand)))
        {
            var termijn = vordering.VerrekeningPerMaand is { } per && per > Bedrag.Nul ? per : ruimte;
            var bedrag = Bedrag.Min(rest, Bedrag.Min(termijn, vordering.Saldo));
            if (bedrag > Bedrag.Nul)
            {
                posten.Add((vordering, bedrag));
                rest -= bedrag;
            }
        }

        return posten;
    }
}
