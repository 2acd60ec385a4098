namespace Socrates.Domain.Aanvragen;

/// <summary>The decision on an aanvraag, or on a wijziging (a new toekenning from the date, or the end of the bijstand).</summary>
public enum Besluitsoort
{
    Toegekend,
    Afgewezen,
    BuitenBehandeling,
    Beeindigd,
}
