using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Rekenkern;

/// <summary>
/// Art. 27 Participatiewet: the college may set the norms of art. 20 and 21 lower "voorzover" the person has lower costs
/// because of his housing situation, including having no dwelling. The size is the municipality's setting, a percentage
/// of the gehuwdennorm (art. 21 onder b) for inwonend and one for dakloos; only the art. 20/21 part of the norm is
/// lowered. Two Socrates rules keep the lowering within "voorzover", so that it can never deny bijstand:
/// a norm below the alleenstaandennorm of art. 21 onder a (an 18–20-year-old's jongerennorm) is lowered in proportion
/// (percentage × gehuwdennorm × that norm / art. 21 onder a), because it provides proportionally less for housing; and
/// the percentage is at most <see cref="MaximumPercentage"/>, the share of B that art. 22a lid 1 treats as costs that
/// depend on sharing a dwelling (an alleenstaande's 70 % of B falls to at most 30 % however many share it).
/// </summary>
internal static class Woonkostenverlaging
{
    /// <summary>At most 40 % of the gehuwdennorm: art. 22a lid 1's formula, (40 + A × 30) / (A × 100) × B, never falls below 30 % of B.</summary>
    public static readonly Percentage MaximumPercentage = Percentage.Van(40);

    public static void Pas(Normopbouw opbouw, Woonsituatie woonsituatie, GemeenteInstellingen regels, Normbedragen normen)
    {
        var (ingesteld, situatie) = woonsituatie switch
        {
            Woonsituatie.Inwonend => (regels.WoonkostenverlagingPercentage, "inwonend"),
            Woonsituatie.Dakloos => (regels.WoonkostenverlagingDakloosPercentage, "dakloos"),
            _ => (Percentage.Nul, ""),
        };
        if (ingesteld <= Percentage.Nul || opbouw.Totaal <= Bedrag.Nul)
        {
            return;
        }

        var eigen = opbouw.DeelArtikel20En21;
        if (eigen <= Bedrag.Nul)
        {
            opbouw.Toelichting($"Geen woonkostenverlaging ({situatie}): art. 27 verlaagt alleen de normen van art. 20 en 21", Artikel.Pw("27"));
            return;
        }

        var percentage = ingesteld > MaximumPercentage ? MaximumPercentage : ingesteld;
        var begrensd = ingesteld > MaximumPercentage ? $" (ingesteld {ingesteld}, ten hoogste {MaximumPercentage})" : "";
        if (eigen >= normen.Alleenstaande)
        {
            var verlaging = Bedrag.Min(normen.Gehuwden.Maal(percentage), eigen);
            opbouw.Voeg($"Woonkostenverlaging, {situatie}: {percentage}{begrensd} van de gehuwdennorm {normen.Gehuwden}", Artikel.Pw("27"), -verlaging, true);
            return;
        }

        // A jongerennorm: the same percentage, in proportion to this norm against the alleenstaandennorm (one rounding).
        var naarVerhouding = new Bedrag(checked((long)Math.Round(
            normen.Gehuwden.Centen * (decimal)percentage.Basispunten * eigen.Centen / (10_000m * normen.Alleenstaande.Centen),
            MidpointRounding.AwayFromZero)));
        opbouw.Voeg(
            $"Woonkostenverlaging, {situatie}: {percentage}{begrensd} van de gehuwdennorm {normen.Gehuwden}, naar verhouding van deze norm ({eigen}) " +
            $"tot de norm van art. 21 onder a ({normen.Alleenstaande}): de lagere woonkosten waarin deze norm voorziet",
            Artikel.Pw("27"), -Bedrag.Min(naarVerhouding, eigen), true);
    }
}
