using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;

namespace Socrates.Domain.Rekenkern;

/// <summary>
/// One net monthly income of the aanvrager or the partner (art. 31 lid 3 and 32 Participatiewet). <see cref="Periode"/> says,
/// for an income that runs only part of the period computed, which part <see cref="NettoPerMaand"/> is (art. 32 lid 1 onder b).
/// </summary>
public sealed record Inkomstenregel(Gezinslid Van, Inkomstensoort Soort, Bedrag NettoPerMaand, string? Periode = null);
