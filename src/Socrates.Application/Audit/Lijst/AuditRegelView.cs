using Socrates.Domain.Audit;

namespace Socrates.Application.Audit.Lijst;

/// <summary>One audit line as the viewer shows it: the user by name (or "Systeem"), never the content of the record.</summary>
public sealed record AuditRegelView(
    long Id, DateTime Tijdstip, string Gebruiker, string Actie, string? EntiteitType, string? EntiteitId, AuditUitkomst Uitkomst);
