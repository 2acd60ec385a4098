using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenten.Vergelijken;

/// <summary>Version <see cref="A"/> and <see cref="B"/>, and every setting with both values and whether it changed.</summary>
public sealed record InstellingenVergelijking(GemeenteInstellingen A, GemeenteInstellingen B, IReadOnlyList<Vergelijkingsregel> Regels)
{
    public int AantalGewijzigd => Regels.Count(r => r.Gewijzigd);

    public static InstellingenVergelijking Van(GemeenteInstellingen a, GemeenteInstellingen b)
    {
        var links = Instellingenweergave.Regels(a);
        var rechts = Instellingenweergave.Regels(b);
        return new(a, b, [.. links.Zip(rechts, (l, r) => new Vergelijkingsregel(l.Groep, l.Naam, l.Waarde, r.Waarde))]);
    }
}
