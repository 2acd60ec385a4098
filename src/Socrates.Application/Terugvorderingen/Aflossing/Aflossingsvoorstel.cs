using Socrates.Domain.Geld;
using Socrates.Domain.Gemeenten;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Aflossing;

/// <summary>The formula's instalment on the debtor's current situation (<see cref="Aflossingsgrondslag"/>): norm and income.</summary>
public sealed record Aflossingsvoorstel(Bedrag Norm, Bedrag Inkomen, Percentage PercentageNorm, Percentage PercentageBovenNorm, Bedrag Maandbedrag)
{
    public static Aflossingsvoorstel Van(Bedrag norm, Bedrag inkomen, GemeenteInstellingen regels)
    {
        ArgumentNullException.ThrowIfNull(regels);
        return new Aflossingsvoorstel(norm, inkomen, regels.AflossingPercentageNorm, regels.AflossingPercentageInkomenBovenNorm,
            Aflossingsformule.Maandbedrag(norm, inkomen, regels.AflossingPercentageNorm, regels.AflossingPercentageInkomenBovenNorm));
    }
}
