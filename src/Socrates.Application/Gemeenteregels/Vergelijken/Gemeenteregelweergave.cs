using Socrates.Domain.Gemeenten;

namespace Socrates.Application.Gemeenteregels.Vergelijken;

/// <summary>Every rule of a version as a line of text, in the order of <see cref="Regelcatalogus"/>, so two versions can be laid side by side.</summary>
public static class Gemeenteregelweergave
{
    public static IReadOnlyList<Weergaveregel> Regels(GemeenteInstellingen v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return [.. Regelcatalogus.Alle.Select(r => new Weergaveregel(r.Groep, r.Label, r.Weergave(v), r.Grondslag))];
    }
}
