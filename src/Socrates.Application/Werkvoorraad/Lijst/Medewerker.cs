using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Werkvoorraad.Lijst;

/// <summary>A consulent or teamleider to filter on or to assign an aanvraag to.</summary>
public sealed record Medewerker(string Id, string Naam)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
