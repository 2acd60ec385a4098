using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;

namespace Socrates.Application.Beheer.Vernietiging.Blokkades;

/// <summary>
/// A termijn that runs keeps the dossier: an aanvraag that is still open (its beslistermijn), and the bezwaartermijn of six
/// weeks after the last besluit was sent (Awb 6:7, 6:8), counted from the date of the last beschikking or besluit.
/// </summary>
public sealed class TermijnBlokkade(ISocratesDb db) : IVernietigingsblokkade
{
    /// <summary>Awb 6:7: the bezwaartermijn is six weeks.</summary>
    public const int BezwaartermijnWeken = 6;

    private static readonly AanvraagStatus[] Open =
        [AanvraagStatus.Gemeld, AanvraagStatus.Ingediend, AanvraagStatus.InBehandeling, AanvraagStatus.BesluitVoorgesteld];

    public async Task<IReadOnlyList<Blokkade>> BlokkadesAsync(IReadOnlyCollection<int> dossiers, DateOnly vandaag, CancellationToken cancellationToken)
    {
        var sinds = vandaag.AddDays(-7 * BezwaartermijnWeken);
        var aanvragen = await db.Aanvragen.AsNoTracking()
            .Where(a => dossiers.Contains(a.AanvragerId))
            .Select(a => new
            {
                a.Id, a.AanvragerId, a.Status, Besluit = a.Besluitvorming.Datum,
                Brief = db.Beschikkingen.Where(b => b.AanvraagId == a.Id).Max(b => (DateOnly?)b.Datum),
            })
            .Where(a => Open.Contains(a.Status) || a.Besluit > sinds || a.Brief > sinds)
            .ToListAsync(cancellationToken);
        return aanvragen.Select(a => new Blokkade(a.AanvragerId, Open.Contains(a.Status)
                ? $"Aanvraag {a.Id} is nog niet afgehandeld."
                : $"De bezwaartermijn van het besluit op aanvraag {a.Id} loopt tot en met {Laatste(a.Besluit, a.Brief).AddDays(7 * BezwaartermijnWeken):dd-MM-yyyy} (Awb 6:7)."))
            .ToList();
    }

    private static DateOnly Laatste(DateOnly? besluit, DateOnly? brief) => new[] { besluit, brief }.Max() ?? DateOnly.MinValue;
}
