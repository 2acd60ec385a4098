namespace Socrates.Domain.Toekenningen;

/// <summary>Voorgesteld while a team lead still has to approve it; Actief from the decision; Vervallen when sent back.</summary>
public enum ToekenningStatus
{
    Voorgesteld,
    Actief,
    Vervallen,
}
