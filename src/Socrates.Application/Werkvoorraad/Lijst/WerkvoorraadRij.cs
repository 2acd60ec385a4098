using Socrates.Domain.Aanvragen;
using Socrates.Domain.Bezwaren;
using Socrates.Domain.Gemeenschappelijk;

namespace Socrates.Application.Werkvoorraad.Lijst;

/// <summary>
/// The flat row the database returns, of an aanvraag or of a bezwaar (<see cref="Soort"/>): both projections fill every column
/// in the same order, so they can be one UNION ALL; a column that does not apply is null. The name is put together in memory.
/// </summary>
internal sealed record WerkvoorraadRij
{
    public int Id { get; init; }

    public Werkvoorraadsoort Soort { get; init; }

    public string Voornamen { get; init; } = "";

    public string? Voorvoegsel { get; init; }

    public string Achternaam { get; init; } = "";

    /// <summary>The aanvraag's status; null for a bezwaar.</summary>
    public AanvraagStatus? Status { get; init; }

    /// <summary>The bezwaar's status; null for an aanvraag.</summary>
    public BezwaarStatus? Bezwaarstatus { get; init; }

    /// <summary>For a bezwaar: the kind of besluit it contests.</summary>
    public BestredenBesluitsoort? Besluit { get; init; }

    /// <summary>For a bezwaar: the aanvraag whose besluit it contests.</summary>
    public int? BesluitAanvraagId { get; init; }

    /// <summary>For a bezwaar: the terugvordering or boete it contests.</summary>
    public int? BesluitTerugvorderingId { get; init; }

    /// <summary>The aanvraag's melding; for a bezwaar its receipt.</summary>
    public DateOnly Meldingsdatum { get; init; }

    public DateOnly? Ontvangstdatum { get; init; }

    public DateOnly? UitersteBeslisdatum { get; init; }

    public string? BehandelaarId { get; init; }

    public int Versie { get; init; }

    public override string ToString() => Persoonsgegevens.Verborgen(this);
}
