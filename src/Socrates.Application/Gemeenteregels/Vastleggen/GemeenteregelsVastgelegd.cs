using Socrates.Application.Audit;

namespace Socrates.Application.Gemeenteregels.Vastleggen;

/// <summary>
/// What a new version became: recorded at once (<see cref="VersieId"/>), or a proposal that waits for a second
/// Beheerder (<see cref="VoorstelId"/>) because the municipality's rules demand four-eyes on settings.
/// </summary>
public sealed record GemeenteregelsVastgelegd(int? VersieId, int? VoorstelId) : IAuditAntwoord
{
    public bool Voorgesteld => VoorstelId is not null;

    public string AuditId => VersieId is { } versie
        ? versie.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : "voorstel-" + VoorstelId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
