using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Betaalruns.Overzicht;

/// <summary>
/// Every payment line of a month's run for a download, by name, with the run page's search (<see cref="Zoekterm"/>: a
/// name, a BSN or an IBAN's last four, posted, never in a URL) and optionally only the lines with a signal. Null when the
/// month has no run. The export is audited against the run.
/// </summary>
[Vereist(Rol.Teamleider)]
public sealed record BetaalregelsExporteren(string Maand, string? Zoekterm = null, bool AlleenSignalen = false)
    : IQuery<Exportrijen<Betaalregelweergave>?>
{
    public const string Export = "BetaalregelsExporteren";

    /// <summary>The search term stays out of logs: it can be a name or a BSN.</summary>
    public override string ToString() => $"BetaalregelsExporteren {{ Maand = {Maand}, AlleenSignalen = {AlleenSignalen} }}";
}
