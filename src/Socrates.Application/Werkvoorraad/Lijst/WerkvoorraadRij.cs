using Socrates.Domain.Aanvragen;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Werkvoorraad.Lijst;

/// <summary>The flat row the database returns; the name is put together in memory.</summary>
internal sealed record WerkvoorraadRij
{
    public int Id { get; init; }

    public string Voornamen { get; init; } = "";

    public string? Voorvoegsel { get; init; }

    public string Achternaam { get; init; } = "";

    public AanvraagStatus Status { get; init; }

    public DateOnly Meldingsdatum { get; init; }

    public DateOnly? Ontvangstdatum { get; init; }

    public DateOnly? UitersteBeslisdatum { get; init; }

    public string? BehandelaarId { get; init; }

    public int Versie { get; init; }

    public bool IsWijziging { get; init; }

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
