using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Werkvoorraad.Lijst;

/// <summary>
/// One row of the werkvoorraad: an aanvraag, a wijziging or an open bezwaar (<see cref="Soort"/>). <see cref="Termijn"/> is null
/// while the term does not run (Gemeld, or decided); <see cref="BehandelaarNaam"/> is null when nobody is assigned.
/// <see cref="Status"/> is the aanvraag's (null for a bezwaar), <see cref="Bezwaar"/> what only a bezwaar has (null otherwise).
/// </summary>
public sealed record WerkvoorraadRegel(
    int Id,
    Werkvoorraadsoort Soort,
    string Aanvrager,
    AanvraagStatus? Status,
    DateOnly Meldingsdatum,
    DateOnly? Ontvangstdatum,
    DateOnly? UitersteBeslisdatum,
    BeslistermijnSignaal? Termijn,
    string? BehandelaarId,
    string? BehandelaarNaam,
    int Versie,
    WerkvoorraadBezwaar? Bezwaar)
{
    /// <summary>Open aanvragen can be taken or assigned here; a bezwaar on the list is always open.</summary>
    public bool IsOpen => Status is not { } status || AanvraagStatussen.IsOpen(status);

    public bool IsWijziging => Soort == Werkvoorraadsoort.Wijziging;

    public bool IsBezwaar => Soort == Werkvoorraadsoort.Bezwaar;

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
