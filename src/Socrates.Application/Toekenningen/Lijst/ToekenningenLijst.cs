using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Personen.Zoeken;
using Socrates.Domain.Gebruikers;
using Socrates.Domain.Toekenningen;

namespace Socrates.Application.Toekenningen.Lijst;

/// <summary>
/// The municipality's toekenningen (by default the active ones), newest ingangsdatum first or sorted on a column, paged
/// on the server; with a <paramref name="Zoekterm"/> only those of the aanvragers it finds (<see cref="NaamOfBsn"/>: a
/// name or a BSN).
/// </summary>
[Vereist(Rol.Consulent, Rol.Teamleider)]
public sealed record ToekenningenLijst(
    ToekenningStatus? Status = ToekenningStatus.Actief,
    int? Pagina = null,
    string? Zoekterm = null,
    ToekenningSortering Sortering = ToekenningSortering.Ingangsdatum,
    Sorteerrichting Richting = Sorteerrichting.Aflopend)
    : IQuery<Pagina<ToekenningRegelView>>
{
    /// <summary>Only the message name: <see cref="Zoekterm"/> holds a name or a BSN.</summary>
    public override string ToString() => Domain.Gemeenschappelijk.Persoonsgegevens.Verborgen(this);
}
