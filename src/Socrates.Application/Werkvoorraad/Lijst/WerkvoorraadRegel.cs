using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Werkvoorraad.Lijst;

/// <summary>
/// One aanvraag in the werkvoorraad. <see cref="Termijn"/> is null while the term does not run (Gemeld, or decided);
/// <see cref="BehandelaarNaam"/> is null when nobody is assigned. <see cref="IsWijziging"/> marks a change in a running toekenning.
/// </summary>
public sealed record WerkvoorraadRegel(
    int Id,
    string Aanvrager,
    AanvraagStatus Status,
    DateOnly Meldingsdatum,
    DateOnly? Ontvangstdatum,
    DateOnly? UitersteBeslisdatum,
    BeslistermijnSignaal? Termijn,
    string? BehandelaarId,
    string? BehandelaarNaam,
    int Versie,
    bool IsWijziging)
{
    public bool IsOpen => AanvraagStatussen.IsOpen(Status);

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
