using System.Globalization;

namespace Socrates.Application.Aanvragen.Gemeenschappelijk;

/// <summary>The base of every command on an existing aanvraag: which one, and the version the form showed.</summary>
public abstract record AanvraagOpdracht : IAanvraagOpdracht
{
    public int AanvraagId { get; init; }

    public int Versie { get; init; }

    public string OnderwerpType => "Aanvraag";

    public string? OnderwerpId => AanvraagId.ToString(CultureInfo.InvariantCulture);
}
