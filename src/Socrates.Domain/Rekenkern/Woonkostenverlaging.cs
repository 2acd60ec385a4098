using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;

namespace Socrates.Domain.Rekenkern;

/// <summary>
/// Art. 27 Participatiewet: the college may set the norms of art. 20 and 21 lower for lower housing costs. The size is
/// the municipality's setting, a percentage of the gehuwdennorm (art. 21 onder b): inwonend and dakloos each have one.
/// Only the art. 20/21 part of the norm is lowered, and never below zero.
/// </summary>
internal static class Woonkostenverlaging
{
    public static void Pas(Normopbouw opbouw, Woonsituatie woonsituatie, GemeenteInstellingen regels, Normbedragen normen)
    {
        var (percentage, situatie) = woonsituatie switch
        {
            Woonsituatie.Inwonend => (regels.WoonkostenverlagingPercentage, "inwonend"),
            Woonsituatie.Dakloos => (regels.WoonkostenverlagingDakloosPercentage, "dakloos"),
            _ => (Percentage.Nul, ""),
        };
        if (percentage <= Percentage.Nul || opbouw.Totaal <= Bedrag.Nul)
        {
            return;
        }

        if (opbouw.DeelArtikel20En21 <= Bedrag.Nul)
        {
            opbouw.Toelichting($"Geen woonkostenverlaging ({situatie}): art. 27 verlaagt alleen de normen van art. 20 en 21", Artikel.Pw("27"));
            return;
        }

        var verlaging = Bedrag.Min(normen.Gehuwden.Maal(percentage), opbouw.DeelArtikel20En21);
        opbouw.Voeg($"Woonkostenverlaging, {situatie}: {percentage} van de gehuwdennorm {normen.Gehuwden}", Artikel.Pw("27"), -verlaging, true);
    }
}
