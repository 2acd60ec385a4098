using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Aanvragen;
using Socrates.Domain.Bezwaren;

namespace Socrates.Application.Bezwaren.Lijst;

public sealed record BezwarenView(Pagina<BezwaarRegel> Regels, IReadOnlyList<(string Id, string Naam)> Behandelaars);

/// <summary>One bezwaar in the list: who, against what, since when, its status, behandelaar and days left.</summary>
public sealed record BezwaarRegel(
    int Id, string Naam, BestredenBesluitsoort Besluit, DateOnly Ontvangen, bool Tijdig, BezwaarStatus Status, string? Behandelaar,
    BeslistermijnSignaal? Termijn)
{
    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
