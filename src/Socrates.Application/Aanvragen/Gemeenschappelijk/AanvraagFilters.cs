using System.Linq.Expressions;
using Socrates.Domain.Aanvragen;

namespace Socrates.Application.Aanvragen.Gemeenschappelijk;

/// <summary>Conditions on aanvragen that queries share, written so that every provider can use an index.</summary>
public static class AanvraagFilters
{
    /// <summary>
    /// <see cref="AanvraagStatussen.IsOpen"/> spelled out, so that every provider gets a plain <c>IN ('Gemeld', …)</c> that
    /// can use the index.
    /// </summary>
    public static readonly Expression<Func<Aanvraag, bool>> IsOpen = a =>
        a.Status == AanvraagStatus.Gemeld || a.Status == AanvraagStatus.Ingediend
        || a.Status == AanvraagStatus.InBehandeling || a.Status == AanvraagStatus.BesluitVoorgesteld;
}
