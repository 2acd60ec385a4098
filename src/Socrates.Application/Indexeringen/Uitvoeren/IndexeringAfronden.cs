using System.Globalization;
using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Indexeringen.Uitvoeren;

/// <summary>Every part is written: the indexering is done and the next betaalrun pays its nabetalingen. Safe to send twice.</summary>
[Vereist(Rol.Systeem)]
public sealed record IndexeringAfronden(int IndexeringId) : ICommand<bool>, IAuditOnderwerp
{
    public string OnderwerpType => "Indexering";

    public string? OnderwerpId => IndexeringId.ToString(CultureInfo.InvariantCulture);
}
