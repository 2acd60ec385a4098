using Mediator;
using Socrates.Application.Gemeenschappelijk;
using Socrates.Domain.Gebruikers;

namespace Socrates.Application.Betaalruns.Overzicht;

/// <summary>
/// A month's run for the team lead: progress, totals (with the nabetalingen and eindafrekeningen), the count per signal, and
/// one page of all its payment lines, searched by <see cref="Zoekterm"/> (a name, a BSN, or the last four digits of an IBAN:
/// sent in a POST, never in a URL) and optionally only the lines with a signal. Null when the month has no run yet.
/// </summary>
[Vereist(Rol.Teamleider)]
public sealed record BetaalrunOverzicht(string Maand, int? Pagina = null, string? Zoekterm = null, bool AlleenSignalen = false) : IQuery<BetaalrunOverzichtView?>
{
    /// <summary>The search term stays out of logs: it can be a name or a BSN.</summary>
    public override string ToString() => $"BetaalrunOverzicht {{ Maand = {Maand}, Pagina = {Pagina} }}";
}
