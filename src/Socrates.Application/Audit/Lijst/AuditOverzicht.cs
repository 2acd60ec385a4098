using Socrates.Application.Gemeenschappelijk;

namespace Socrates.Application.Audit.Lijst;

/// <summary>A page of audit lines, and the choices for the filter: the actions that occur and the municipality's users.</summary>
public sealed record AuditOverzicht(
    Pagina<AuditRegelView> Regels, IReadOnlyList<string> Acties, IReadOnlyList<(string Id, string Naam)> Gebruikers);
