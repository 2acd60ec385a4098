using Socrates.Domain.Geld;

namespace Socrates.Domain.Rekenkern;

/// <summary>The vermogensgrenzen of art. 34 lid 3 Participatiewet; indexed every 1 January by the CPI (art. 39).</summary>
public sealed record Vermogensgrenzen(Bedrag Alleenstaande, Bedrag AlleenstaandeOuder, Bedrag Gehuwden, string Bron);
