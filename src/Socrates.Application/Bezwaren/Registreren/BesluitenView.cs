using Socrates.Application.Bezwaren.Gemeenschappelijk;

namespace Socrates.Application.Bezwaren.Registreren;

/// <summary>Whom the bezwaar is about and the besluiten to choose from, newest first.</summary>
public sealed record BesluitenView(int PersoonId, string Naam, IReadOnlyList<BestredenBesluitKeuze> Besluiten)
{
    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
