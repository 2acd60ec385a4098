using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;

namespace Socrates.Domain.Rekenkern;

/// <summary>One net monthly income of the aanvrager or the partner (art. 31 lid 3 and 32 Participatiewet).</summary>
public sealed record Inkomstenregel(Gezinslid Van, Inkomstensoort Soort, Bedrag NettoPerMaand);
