using Socrates.Application.Terugvorderingen.Aflossing;
using Socrates.Application.Terugvorderingen.Gemeenschappelijk;
using Socrates.Domain.Terugvorderingen;

namespace Socrates.Application.Terugvorderingen.Details;

/// <summary>
/// The claim as loaded (read-only, not tracked), the debtor's name, the toekenning's aanvraag, a boete on it, the formula's
/// instalment and the room under the beslagvrije voet of the debtor's running bijstand (null without one).
/// </summary>
public sealed record TerugvorderingDetailsView(
    Terugvordering Vordering, string Debiteur, int AanvraagId, int? BoeteId, Aflossingsvoorstel Aflossing, Verrekenruimte? Ruimte,
    IReadOnlyDictionary<string, string> Namen)
{
    /// <summary>The display name of the user behind an id in the ledger or the decision, or the id itself.</summary>
    public string Naam(string? id) => id is null ? "—" : Namen.TryGetValue(id, out var naam) ? naam : id;
}
