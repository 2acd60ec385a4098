using Socrates.Domain.Aanvragen;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Geld;

namespace Socrates.Application.Bezwaren.Details;

/// <summary>
/// A bezwaar as the pages show it: the entity itself (read without tracking: its rules answer what may happen next), the
/// belanghebbende's name, the names of the people involved, the days left, and for a vordering the amount now imposed.
/// </summary>
public sealed record BezwaarView(
    Bezwaar Bezwaar, string Naam, string? Behandelaar, string? VoorgesteldDoor, string? BeslistDoor, BeslistermijnSignaal? Termijn, Bedrag? Opgelegd)
{
    public int Id => Bezwaar.Id;

    public int Versie => Bezwaar.Versie;

    public string Besluit => BezwaarTeksten.Van(Bezwaar.Besluit.Soort);

    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
