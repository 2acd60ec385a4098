namespace Socrates.Domain.Aanvragen;

/// <summary>Why an aanvraag is refused; the motivering says how it applies to this household (Awb 3:46).</summary>
public enum Afwijzingsgrond
{
    /// <summary>Art. 34: the vermogen is above the grens.</summary>
    VermogenBovenGrens,

    /// <summary>Art. 19 lid 1 onder a: the means are at least the norm.</summary>
    MiddelenBovenNorm,

    /// <summary>Art. 13 lid 1 onder f and lid 2: age or situation excludes algemene bijstand.</summary>
    Uitgesloten,

    /// <summary>Art. 17: the information needed to establish the right was not given.</summary>
    RechtNietVastTeStellen,

    /// <summary>Art. 40: no woonplaats in the municipality.</summary>
    GeenWoonplaats,

    /// <summary>Another ground, named in the motivering.</summary>
    Overig,

    /// <summary>Art. 47a lid 1: the household has reached the pensioengerechtigde leeftijd; the SVB grants bijstand (AIO), not the gemeente.</summary>
    SvbBevoegd,
}
