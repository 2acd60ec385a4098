using System.Globalization;
using Socrates.Application.Audit;

namespace Socrates.Application.Personen.Registreren;

/// <summary>The person's id, and whether the BSN was already known (then nothing was changed).</summary>
public sealed record PersoonGeregistreerd(int Id, bool BestondAl) : IAuditAntwoord
{
    public string AuditId => Id.ToString(CultureInfo.InvariantCulture);
}
