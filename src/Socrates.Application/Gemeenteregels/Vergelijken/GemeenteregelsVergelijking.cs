using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenteregels.Vergelijken;

/// <summary>Version <see cref="A"/> and <see cref="B"/>, and every setting with both values and whether it changed.</summary>
public sealed record GemeenteregelsVergelijking(GemeenteInstellingen A, GemeenteInstellingen B, IReadOnlyList<Vergelijkingsregel> Regels)
{
    public int AantalGewijzigd => Regels.Count(r => r.Gewijzigd);

    public static GemeenteregelsVergelijking Van(GemeenteInstellingen a, GemeenteInstellingen b)
    {
        var links = Gemeenteregelweergave.Regels(a);
        var rechts = Gemeenteregelweergave.Regels(b);
        return new(a, b, [.. links.Zip(rechts, (l, r) => new Vergelijkingsregel(l.Groep, l.Naam, l.Waarde, r.Waarde, l.Grondslag))]);
    }
}
