using Socrates.Application.Audit;
using Socrates.Domain.Geld;

namespace Socrates.Application.Inkomstenopgaven.Importeren;

/// <summary>How many opgaven a file brought in, their netto loon together, and the ids they got (for the audit trail).</summary>
public sealed record InkomstenopgavenGeimporteerd(int Aantal, Bedrag Netto, int EersteId, int LaatsteId) : IAuditAntwoord
{
    public string AuditId => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{EersteId}-{LaatsteId}");
}
