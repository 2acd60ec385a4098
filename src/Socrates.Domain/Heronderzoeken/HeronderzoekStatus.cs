namespace Socrates.Domain.Heronderzoeken;

/// <summary>Where a heronderzoek stands: planned and not yet done, or done with an outcome.</summary>
public enum HeronderzoekStatus
{
    Open,
    Afgerond,
}
