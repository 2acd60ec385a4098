using System.Globalization;
using Mediator;
using Socrates.Application.Audit;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Application.Inkomstenopgaven.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Inkomstenopgaven.Corrigeren;

/// <summary>
/// A consulent corrects an inkomstenopgave: a new opgave for the same month replaces it, the old one stays as history. When
/// the month was paid already, the next betaalrun looks back on it: more bijstand is paid after, less shows as paid too
/// much for a terugvordering (docs/inkomsten.md). Never silently absorbed.
/// </summary>
[Vereist(Rol.Consulent)]
public sealed record InkomstenopgaveCorrigeren : Opgavevelden, ICommand<int>, IAuditOnderwerp
{
    public int OpgaveId { get; init; }

    /// <summary>The version of the opgave the form showed.</summary>
    public int Versie { get; init; }

    public string OnderwerpType => "Inkomstenopgave";

    public string? OnderwerpId => OpgaveId.ToString(CultureInfo.InvariantCulture);
}
