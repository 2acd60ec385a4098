namespace Socrates.Domain.Bezwaren;

/// <summary>The kinds of besluit a bezwaar can contest: an aanvraag's besluit, a wijziging's, a terugvordering or a boete.</summary>
public enum BestredenBesluitsoort
{
    Toekenning,
    Afwijzing,
    BuitenBehandeling,
    Herziening,
    Beeindiging,
    Terugvordering,
    Boete,
}
