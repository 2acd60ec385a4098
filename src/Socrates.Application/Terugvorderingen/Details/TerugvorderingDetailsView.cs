using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Details;

/// <summary>
/// The claim as loaded (read-only, not tracked), the debtor's name, the toekenning's aanvraag, a boete on it and the room
/// under the beslagvrije voet of the debtor's running bijstand (null without one). The aflossing formula's proposal is
/// the query <c>Aflossingsvoorbereiding</c>.
/// </summary>
public sealed record TerugvorderingDetailsView(
    Terugvordering Vordering, string Debiteur, int AanvraagId, int? BoeteId, Verrekenruimte? Ruimte,
    IReadOnlyList<Gebeurtenis> Geschiedenis, IReadOnlyDictionary<string, string> Namen)
{
    /// <summary>The display name of the user behind an id in the ledger or the decision, or the id itself.</summary>
    public string Naam(string? id) => id is null ? "—" : Namen.TryGetValue(id, out var naam) ? naam : id;
}

/// <summary>One successful command on the claim, from the audit trail: when (UTC), who (user id) and which action.</summary>
public sealed record Gebeurtenis(DateTime Tijdstip, string? Door, string Actie);
