namespace Socrates.Domain.Heronderzoeken;

/// <summary>What a heronderzoek found (docs/heronderzoek.md).</summary>
public enum HeronderzoekUitkomst
{
    /// <summary>Nothing changed: the toekenning runs on; the next heronderzoek is planned from today.</summary>
    Ongewijzigd,

    /// <summary>A change was found and registered as a wijziging of the toekenning (art. 54 lid 3 Pw: herziening or intrekking).</summary>
    Wijziging,

    /// <summary>Too much was paid: a terugvordering was proposed (art. 58 Pw).</summary>
    TerugvorderingVoorgesteld,
}
