using System.Globalization;
using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Betaalruns.Uitvoeren;

/// <summary>Every part is done: the proefrun is ready for a team lead. Safe to send twice. Returns whether the run is now complete.</summary>
[Vereist(Rol.Systeem)]
public sealed record BetaalrunAfronden(int BetaalrunId) : ICommand<bool>, IAuditOnderwerp
{
    public string OnderwerpType => "Betaalrun";

    public string? OnderwerpId => BetaalrunId.ToString(CultureInfo.InvariantCulture);
}
