using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Socrates.Domain.Gemeenten;

/// <summary>A CBS municipality code such as GM0599 (Rotterdam).</summary>
public sealed partial record GemeenteCode
{
    private GemeenteCode(string waarde) => Waarde = waarde;

    public string Waarde { get; }

    public static bool IsGeldig([NotNullWhen(true)] string? waarde) => waarde is not null && Patroon().IsMatch(waarde);

    public static GemeenteCode Parse(string waarde) =>
        IsGeldig(waarde)
            ? new GemeenteCode(waarde)
            : throw new FormatException($"'{waarde}' is geen gemeentecode (GM gevolgd door vier cijfers).");

    public override string ToString() => Waarde;

    [GeneratedRegex("^GM[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex Patroon();
}
