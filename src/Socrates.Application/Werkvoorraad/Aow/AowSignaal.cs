using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Werkvoorraad.Aow;

/// <summary>
/// One household reaching the AOW age: the toekenning and its dossier, who reaches it and when (<see cref="Zeker"/> false:
/// the earliest possible day, the SVB table does not reach that far yet), and the open wijziging of the toekenning, if any.
/// </summary>
public sealed record AowSignaal(
    int ToekenningId, int AanvraagId, string Naam, string Wie, DateOnly Datum, bool Zeker, int? OpenWijzigingId, Wijzigingsoort? OpenWijzigingSoort)
{
    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
