namespace Socrates.Domain.Toekenningen;

/// <summary>
/// Voorgesteld while a team lead still has to approve it; Actief from the decision; Vervallen when sent back;
/// Beeindigd when a later besluit (a wijziging) replaced it from a date, or ended the bijstand.
/// </summary>
public enum ToekenningStatus
{
    Voorgesteld,
    Actief,
    Vervallen,
    Beeindigd,
}
