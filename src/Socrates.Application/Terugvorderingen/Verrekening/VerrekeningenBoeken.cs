using System.Globalization;
using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Terugvorderingen.Verrekening;

/// <summary>
/// The payment run books what <see cref="VerrekeningenVerschuldigd"/> listed for this toekenning and month, as
/// verrekening movements. Idempotent: a claim already set off for the month is skipped. Returns what was withheld (cents).
/// </summary>
[Vereist(Rol.Teamleider, Rol.Systeem)]
public sealed record VerrekeningenBoeken(int ToekenningId, DateOnly Maand) : ICommand<long>, IAuditOnderwerp
{
    public string OnderwerpType => "Toekenning";

    public string? OnderwerpId => ToekenningId.ToString(CultureInfo.InvariantCulture);
}
