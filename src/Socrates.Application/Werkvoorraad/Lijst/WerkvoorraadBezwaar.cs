using Socrates.Domain.Bezwaren;

namespace Socrates.Application.Werkvoorraad.Lijst;

/// <summary>What a bezwaar row adds: its status, and the besluit it contests (its kind, and its aanvraag or terugvordering).</summary>
public sealed record WerkvoorraadBezwaar(BezwaarStatus Status, BestredenBesluitsoort Besluit, int? AanvraagId, int? TerugvorderingId);
