namespace Socrates.Domain.Toekenningen;

/// <summary>
/// How a month of a herberekening compares (docs/betalingen.md): with what definitive runs paid; not at all, because no
/// run paid the month yet (the next run pays the right amount); or, before the municipality's overgangsmaand, with the old
/// household recalculated, because the previous system's payments are not in Socrates.
/// </summary>
public enum HerberekeningStatus
{
    Betaald,
    NogNietBetaald,
    VoorOvergang,
}
