using Microsoft.EntityFrameworkCore;
using Socrates.Application.Betalingen.Grootboek;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Terugvorderingen.Voorstellen;

/// <summary>
/// The seam between the payment ledger and the new claim (issue #18.1; docs/betalingen.md): the months of a household that
/// were paid too much and are not yet claimed, to prefill the form of <see cref="TerugvorderingVoorstellen"/> and to bound it.
/// From the overgangsmaand on the ledger decides; for months before it, which the ledger does not hold, the herberekening of a
/// decided wijziging (<c>wijziging</c>) is the only source, as before the ledger existed.
/// </summary>
public static class TeveelBetaaldeMaanden
{
    /// <summary>Per month, oldest first, what was paid too much and not yet claimed (a proposed claim counts as claimed).</summary>
    public static async Task<IReadOnlyList<(DateOnly Maand, Bedrag TeveelBetaald)>> LaadAsync(
        ISocratesDb db, Ketengrootboek grootboek, int? wijzigingId, int toekenningId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(grootboek);
        var uitGrootboek = grootboek.Grootboek.Maanden.Where(m => m.NogTeVorderen > Bedrag.Nul).Select(m => (m.Maand, m.NogTeVorderen));
        if (wijzigingId is not { } id)
        {
            return [.. uitGrootboek];
        }

        var snapshot = await db.Aanvragen.AsNoTracking()
            .Where(a => a.Id == id && a.GewijzigdeToekenningId == toekenningId && a.Status == AanvraagStatus.Besloten)
            .SelectMany(a => a.Herberekening)
            .ToListAsync(cancellationToken);
        var voorOvergang = snapshot.Where(m => m.Status == HerberekeningStatus.VoorOvergang && m.TeveelBetaald > Bedrag.Nul)
            .Select(m => (m.Maand, m.TeveelBetaald));
        return [.. voorOvergang.Concat(uitGrootboek).OrderBy(m => m.Maand)];
    }
}
