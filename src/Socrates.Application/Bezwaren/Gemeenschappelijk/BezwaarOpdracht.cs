using System.Globalization;
using Socrates.Application.Audit;

namespace Socrates.Application.Bezwaren.Gemeenschappelijk;

/// <summary>The base of every command on an existing bezwaar: which one, and the version the form showed.</summary>
public abstract record BezwaarOpdracht : IAuditOnderwerp
{
    public int BezwaarId { get; init; }

    public int Versie { get; init; }

    public string OnderwerpType => "Bezwaar";

    public string? OnderwerpId => BezwaarId.ToString(CultureInfo.InvariantCulture);
}
