using Socrates.Domain.Geld;

namespace Socrates.Domain.Terugvorderingen;

/// <summary>
/// The monthly instalment the municipality proposes (local policy, domain reference §7.4; Rotterdam-style default): a
/// percentage of the applicable norm plus a percentage of the income above that norm (settings AflossingPercentageNorm
/// and AflossingPercentageInkomenBovenNorm). Each part is rounded half away from zero to the cent.
/// </summary>
public static class Aflossingsformule
{
    public static Bedrag Maandbedrag(Bedrag norm, Bedrag inkomen, Percentage percentageNorm, Percentage percentageBovenNorm)
    {
        var boven = Bedrag.Max(Bedrag.Nul, inkomen - norm);
        return norm.Maal(percentageNorm) + boven.Maal(percentageBovenNorm);
    }
}
