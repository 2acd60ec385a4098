namespace Socrates.Domain.Aanvragen;

/// <summary>The decision on an aanvraag.</summary>
public enum Besluitsoort
{
    Toegekend,
    Afgewezen,
    BuitenBehandeling,
}
