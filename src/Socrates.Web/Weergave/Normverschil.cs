using System.Globalization;
using Socrates.Application.Normen.Vergelijken;
using Socrates.Domain.Normen;

namespace Socrates.Web.Weergave;

/// <summary>The change of one figure between two sets in percent, as the comparison shows it ("+2,31 %").</summary>
public static class Normverschil
{
    /// <summary>
    /// The percentage of row <paramref name="index"/> of <paramref name="vergelijking"/> (rows follow
    /// <see cref="Normvelden.Alle"/>, then the AOW ages and the source, which have none); null when unchanged or not a figure.
    /// </summary>
    public static string? Percentage(Normensetvergelijking vergelijking, int index)
    {
        ArgumentNullException.ThrowIfNull(vergelijking);
        if (index >= Normvelden.Alle.Count || !vergelijking.Regels[index].Gewijzigd)
        {
            return null;
        }

        var veld = Normvelden.Alle[index];
        if (veld.Lees(vergelijking.Links.Inhoud) is not { } links || veld.Lees(vergelijking.Rechts.Inhoud) is not { } rechts || links == 0m)
        {
            return null;
        }

        var procent = decimal.Round((rechts - links) / links * 100m, 2, MidpointRounding.AwayFromZero);
        return (procent > 0 ? "+" : "") + procent.ToString("0.00", CultureInfo.GetCultureInfo("nl-NL")) + " %";
    }
}
