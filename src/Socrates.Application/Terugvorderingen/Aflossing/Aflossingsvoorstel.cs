using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Terugvorderingen.Aflossing;

/// <summary>The formula's instalment for the debtor of a toekenning: its norm, and its payment plus other income as the income.</summary>
public sealed record Aflossingsvoorstel(Bedrag Norm, Bedrag Inkomen, Percentage PercentageNorm, Percentage PercentageBovenNorm, Bedrag Maandbedrag)
{
    public static Aflossingsvoorstel Van(Toekenning toekenning, GemeenteInstellingen regels)
    {
        ArgumentNullException.ThrowIfNull(toekenning);
        ArgumentNullException.ThrowIfNull(regels);
        var inkomen = toekenning.TeBetalen + toekenning.InkomenInAanmerking;
        return new Aflossingsvoorstel(toekenning.Norm, inkomen, regels.AflossingPercentageNorm, regels.AflossingPercentageInkomenBovenNorm,
            Aflossingsformule.Maandbedrag(toekenning.Norm, inkomen, regels.AflossingPercentageNorm, regels.AflossingPercentageInkomenBovenNorm));
    }
}
