using Socrates.Domain.Aanvragen;
using Socrates.Domain.Geld;

namespace Socrates.Application.Betaalruns.Gemeenschappelijk;

/// <summary>The columns of an aanvraag, its aanvrager and partner that the rekenkern's household needs.</summary>
public sealed record Aanvraagrij(
    int AanvraagId, AanvraagSoort Soort, DateOnly? BijstandSinds, Besluitsoort? Besluit, DateOnly? Ingangsdatum, Bedrag Schulden,
    Woonsituatie? Woonsituatie, bool EigenWoning, DateOnly AanvragerGeboren, DateOnly? PartnerGeboren);
