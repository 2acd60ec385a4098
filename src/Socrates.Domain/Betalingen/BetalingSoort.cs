namespace Socrates.Domain.Betalingen;

/// <summary>
/// What a payment line is: the month's own payment (its <c>Betreft</c> is the run month); a nabetaling or a correction of
/// the vakantietoeslag reservation for an earlier month, from the run's look-back; or the settlement of the reserved
/// vakantietoeslag of a household whose bijstand ended (art. 45 lid 1). See docs/betalingen.md.
/// </summary>
public enum BetalingSoort
{
    Maandbetaling,
    Nabetaling,
    Eindafrekening,
}
