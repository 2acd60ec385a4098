using System.Globalization;
using Socrates.Application.Audit;

namespace Socrates.Application.Terugvorderingen.Gemeenschappelijk;

/// <summary>The base of every command on an existing claim: which one, and the version the form showed.</summary>
public abstract record TerugvorderingOpdracht : IAuditOnderwerp
{
    public int TerugvorderingId { get; init; }

    public int Versie { get; init; }

    public string OnderwerpType => "Terugvordering";

    public string? OnderwerpId => TerugvorderingId.ToString(CultureInfo.InvariantCulture);
}
