using Microsoft.EntityFrameworkCore;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;

namespace Socrates.Application.Aanvragen.Berekening;

/// <summary>The birth dates of the aanvrager and the partner of an aanvraag, in one query.</summary>
public static class GeboortedatumLader
{
    public static async Task<(DateOnly Aanvrager, DateOnly? Partner)> GeboortedatumsAsync(
        this ISocratesDb db, Aanvraag aanvraag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(aanvraag);
        var geboren = await db.Personen.AsNoTracking()
            .Where(p => p.Id == aanvraag.AanvragerId || p.Id == aanvraag.PartnerId)
            .Select(p => new { p.Id, p.Geboortedatum }).ToListAsync(cancellationToken);
        return (geboren.Single(p => p.Id == aanvraag.AanvragerId).Geboortedatum,
                geboren.SingleOrDefault(p => p.Id == aanvraag.PartnerId)?.Geboortedatum);
    }
}
