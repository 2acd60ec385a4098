using Socrates.Domain.Audit;

namespace Socrates.Application.Audit.Lijst;

/// <summary>
/// One audit line as the viewer shows it: the action in Dutch (<see cref="Actie"/>) with its code, the user by name (a
/// system identity as "Socrates (systeem)") with the id, and what the line is about in words (a user by name, a dossier by
/// number); never the content of the record.
/// </summary>
public sealed record AuditRegelView(
    long Id, DateTime Tijdstip, string? GebruikerId, string Gebruiker, string ActieCode, string Actie,
    string? EntiteitType, string? EntiteitId, string Gegeven, AuditUitkomst Uitkomst);
